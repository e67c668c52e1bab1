import type { Rng } from '../../matching/random.ts';
import type { DeliveryResult } from '../../platform.ts';
import type { Queryable } from '../../store/db.ts';
import type { ClaimedRow } from './claim-outbox.ts';
import type { SentItem } from './finish-delivery.ts';
import { callOffIntro, closeRow, markSent, reschedule } from './finish-delivery.ts';
import type { GroupMember } from './prepare-delivery.ts';
import { MAX_ATTEMPTS, retryDelayMs } from './retry-delay.ts';

export type RecordedOutcome = 'sent' | 'rescheduled' | 'failed' | 'lost';

export interface Answered {
  row: ClaimedRow;
  members: GroupMember[];
  result: DeliveryResult;
}

function sentItem({ row, members, result }: Answered): SentItem | undefined {
  if (!result.ok) return undefined;
  const byUser = new Map(members.map((m) => [m.userId, m.id]));
  const posted = result.messages?.length
    ? result.messages
    : [{ channelId: result.channelId, messageId: result.messageId }];
  return {
    row,
    messages: posted.map((m) => ({
      // A direct message belongs to its recipient; an intro message to the member it names, if any.
      memberId:
        row.kind === 'intro'
          ? ((m.userId === undefined ? null : byUser.get(m.userId)) ?? null)
          : row.memberId,
      channelId: m.channelId,
      messageId: m.messageId,
    })),
  };
}

/** A failed send: retry later, or stop for good and, for an intro, tell the partner. */
async function recordFailure(
  q: Queryable,
  answered: Answered,
  now: Date,
  rng: Rng,
): Promise<RecordedOutcome> {
  const { row, members, result } = answered;
  if (result.ok) throw new Error('recordFailure: not a failure');
  const lost = (done: boolean, outcome: RecordedOutcome) => (done ? outcome : 'lost');
  if (result.kind === 'rate_limited') {
    const availableAt = new Date(now.getTime() + Math.max(0, result.retryAfterMs));
    return lost(
      await reschedule(q, row, { availableAt, attempts: row.attempts, lastError: 'rate_limited' }),
      'rescheduled',
    );
  }
  if (result.kind === 'temporary' && row.attempts + 1 < MAX_ATTEMPTS) {
    const attempts = row.attempts + 1;
    const availableAt = new Date(now.getTime() + retryDelayMs(attempts, rng));
    const lastError = `temporary: ${result.detail}`;
    return lost(await reschedule(q, row, { availableAt, attempts, lastError }), 'rescheduled');
  }
  const reason = result.kind === 'permanent' ? result.code : 'retries_exhausted';
  const detail = result.kind === 'permanent' ? (result.detail ?? '') : result.detail;
  const done = await closeRow(q, row, {
    status: 'failed',
    reason: detail ? `${reason}: ${detail}` : reason,
    attempts: result.kind === 'temporary' ? row.attempts + 1 : undefined,
  });
  if (!done) return 'lost';
  if (row.kind === 'intro') {
    const unreachable = result.kind === 'permanent' ? result.userId : undefined;
    await callOffIntro(q, {
      communityId: row.communityId,
      introId: row.introId!,
      status: 'failed',
      reason,
      tell: members.filter((m) => m.userId !== unreachable && m.status !== 'left').map((m) => m.id),
      code: 'intro.partner_unreachable',
      now,
    });
  }
  return 'failed';
}

/**
 * Writes what the platform answered for each row. Successes go in one statement. Rate
 * limits come back after the platform's Retry-After without counting as an attempt;
 * temporary errors back off until MAX_ATTEMPTS; permanent ones stop at once with their
 * reason, and for an intro the partner is told and goes first next round.
 */
export async function recordResults(
  q: Queryable,
  answers: Answered[],
  now: Date,
  rng: Rng,
): Promise<Map<number, RecordedOutcome>> {
  const outcomes = new Map<number, RecordedOutcome>();
  const sent = answers.flatMap((a) => sentItem(a) ?? []);
  const done = await markSent(q, sent, now);
  for (const item of sent) outcomes.set(item.row.id, done.has(item.row.id) ? 'sent' : 'lost');
  for (const answered of answers)
    if (!answered.result.ok) outcomes.set(answered.row.id, await recordFailure(q, answered, now, rng));
  return outcomes;
}
