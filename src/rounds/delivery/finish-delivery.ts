import type { Queryable } from '../../store/db.ts';
import type { NoticeCode } from '../notice-text.ts';
import { queueNotices, raisePriority } from '../queue-notices.ts';
import type { ClaimedRow } from './claim-outbox.ts';

// Every write that finishes a row first proves the lease is still ours: same owner, same
// fence, still sending. A worker that was taken over updates nothing.
const OURS = `id = $1 AND fence = $2 AND lease_owner = $3 AND status = 'sending'`;
const ours = (row: ClaimedRow) => [row.id, row.fence, row.owner];

export interface SentItem {
  row: ClaimedRow;
  /** Where it was posted; member null for a group DM or thread. */
  messages: { memberId: number | null; channelId: string; messageId: string }[];
}

/**
 * Records successful posts in one statement: the rows as done, intros as sent, and where
 * each message went (so reactions map back to the intro). Only rows whose lease is still
 * ours are touched; returns their ids.
 */
export async function markSent(q: Queryable, items: SentItem[], now: Date): Promise<Set<number>> {
  if (items.length === 0) return new Set();
  const messages = items.flatMap((item) => item.messages.map((m) => ({ rowId: item.row.id, ...m })));
  const { rows } = await q.query<{ id: number }>(
    `WITH done AS (
       UPDATE outbox o SET status = 'sent', sent_at = $4, lease_owner = NULL, lease_until = NULL, last_error = NULL
       FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS x(id, fence, owner)
       WHERE o.id = x.id AND o.fence = x.fence AND o.lease_owner = x.owner AND o.status = 'sending'
       RETURNING o.id, o.intro_id, o.kind),
     intros_sent AS (
       UPDATE intros SET status = 'sent', sent_at = $4
       WHERE id IN (SELECT intro_id FROM done WHERE kind = 'intro') AND status = 'pending'),
     posted AS (
       INSERT INTO intro_messages (intro_id, member_id, channel_id, message_id)
       SELECT d.intro_id, x.member_id, x.channel_id, x.message_id
       FROM unnest($5::bigint[], $6::bigint[], $7::text[], $8::text[]) AS x(row_id, member_id, channel_id, message_id)
       JOIN done d ON d.id = x.row_id
       WHERE d.intro_id IS NOT NULL AND d.kind <> 'notice'
       ON CONFLICT DO NOTHING)
     SELECT id FROM done`,
    [
      items.map((i) => i.row.id),
      items.map((i) => i.row.fence),
      items.map((i) => i.row.owner),
      now,
      messages.map((m) => m.rowId),
      messages.map((m) => m.memberId),
      messages.map((m) => m.channelId),
      messages.map((m) => m.messageId),
    ],
  );
  return new Set(rows.map((r) => r.id));
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
