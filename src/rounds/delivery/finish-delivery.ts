import type { PostedMessage } from '../../platform.ts';
import type { Queryable } from '../../store/db.ts';
import type { NoticeCode } from '../notice-text.ts';
import { queueNotices, raisePriority } from '../queue-notices.ts';
import type { ClaimedRow } from './claim-outbox.ts';

// Every write that finishes a row first proves the lease is still ours: same owner, same
// fence, still sending. A worker that was taken over updates nothing.
const OURS = `id = $1 AND fence = $2 AND lease_owner = $3 AND status = 'sending'`;
const ours = (row: ClaimedRow) => [row.id, row.fence, row.owner];

/**
 * Records a successful post: where it went (so reactions map back to the intro), the intro
 * as sent, the row as done. Returns false when the lease was lost.
 */
export async function markSent(
  q: Queryable,
  row: ClaimedRow,
  input: { messages: PostedMessage[]; memberIdOf: (userId: string | undefined) => number | null; now: Date },
): Promise<boolean> {
  const done = await q.query(
    `UPDATE outbox SET status = 'sent', sent_at = $4, lease_owner = NULL, lease_until = NULL, last_error = NULL
     WHERE ${OURS} RETURNING id`,
    [...ours(row), input.now],
  );
  if (done.rowCount === 0) return false;
  if (row.introId === null) return true;
  if (row.kind === 'intro')
    await q.query(`UPDATE intros SET status = 'sent', sent_at = $2 WHERE id = $1 AND status = 'pending'`, [
      row.introId,
      input.now,
    ]);
  if (row.kind !== 'notice') {
    const messages = input.messages;
    await q.query(
      `INSERT INTO intro_messages (intro_id, member_id, channel_id, message_id)
       SELECT $1, x.member_id, x.channel_id, x.message_id
       FROM unnest($2::bigint[], $3::text[], $4::text[]) AS x(member_id, channel_id, message_id)
       ON CONFLICT DO NOTHING`,
      [
        row.introId,
        messages.map((m) => (row.kind === 'intro' ? input.memberIdOf(m.userId) : row.memberId)),
        messages.map((m) => m.channelId),
        messages.map((m) => m.messageId),
      ],
    );
  }
  return true;
}

/** Puts the row back in the queue for later, lease released. */
export async function reschedule(
  q: Queryable,
  row: ClaimedRow,
  input: { availableAt: Date; attempts: number; lastError: string },
): Promise<boolean> {
  const { rowCount } = await q.query(
    `UPDATE outbox SET status = 'pending', lease_owner = NULL, lease_until = NULL,
       available_at = $4, attempts = $5, last_error = $6 WHERE ${OURS}`,
    [...ours(row), input.availableAt, input.attempts, input.lastError.slice(0, 500)],
  );
  return rowCount > 0;
}

/** Ends the row for good: failed (cannot be delivered) or cancelled (should not be). */
export async function closeRow(
  q: Queryable,
  row: ClaimedRow,
  input: { status: 'failed' | 'cancelled'; reason: string; attempts?: number },
): Promise<boolean> {
  const { rowCount } = await q.query(
    `UPDATE outbox SET status = $4, lease_owner = NULL, lease_until = NULL, last_error = $5,
       attempts = COALESCE($6, attempts) WHERE ${OURS}`,
    [...ours(row), input.status, input.reason.slice(0, 500), input.attempts ?? null],
  );
  return rowCount > 0;
}

/**
 * Calls an intro off (failed or cancelled, with the reason) and tells the members who are
 * still taking part, giving them priority next round. Nobody loses an intro in silence.
 */
export async function callOffIntro(
  q: Queryable,
  input: {
    communityId: number;
    introId: number;
    status: 'failed' | 'cancelled';
    reason: string;
    tell: number[];
    code: NoticeCode;
    now: Date;
  },
): Promise<void> {
  await q.query(`UPDATE intros SET status = $2, failure_reason = $3 WHERE id = $1 AND status = 'pending'`, [
    input.introId,
    input.status,
    input.reason.slice(0, 200),
  ]);
  const queued = await queueNotices(
    q,
    input.communityId,
    input.tell.map((memberId) => ({
      memberId,
      code: input.code,
      dedupeKey: `notice:partner_gone:${input.introId}:${memberId}`,
    })),
    input.now,
  );
  await raisePriority(q, queued);
}
