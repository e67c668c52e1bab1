import type { DeliveryResult } from '../../platform.ts';
import type { Queryable } from '../../store/db.ts';
import type { Rng } from '../../matching/random.ts';
import type { ClaimedRow } from './claim-outbox.ts';
import { callOffIntro, closeRow, markSent, reschedule } from './finish-delivery.ts';
import type { GroupMember } from './prepare-delivery.ts';
import { MAX_ATTEMPTS, retryDelayMs } from './retry-delay.ts';

export type RecordedOutcome = 'sent' | 'rescheduled' | 'failed' | 'lost';

/**
 * Writes what the platform answered. Rate limits come back after the platform's
 * Retry-After without counting as an attempt; temporary errors back off until
 * MAX_ATTEMPTS; permanent ones stop at once with their reason, and for an intro the
 * partner is told and goes first next round.
 */
export async function recordResult(
  q: Queryable,
  input: { row: ClaimedRow; members: GroupMember[]; result: DeliveryResult; now: Date; rng: Rng },
): Promise<RecordedOutcome> {
  const { row, members, result, now } = input;
  const lost = (done: boolean) => (done ? undefined : ('lost' as const));
  if (result.ok) {
    const byUser = new Map(members.map((m) => [m.userId, m.id]));
    const messages = result.messages?.length
      ? result.messages
      : [{ channelId: result.channelId, messageId: result.messageId }];
    const done = await markSent(q, row, {
      messages,
      memberIdOf: (userId) => (userId === undefined ? null : (byUser.get(userId) ?? null)),
      now,
    });
    return lost(done) ?? 'sent';
  }
  if (result.kind === 'rate_limited') {
    const availableAt = new Date(now.getTime() + Math.max(0, result.retryAfterMs));
    const done = await reschedule(q, row, { availableAt, attempts: row.attempts, lastError: 'rate_limited' });
    return lost(done) ?? 'rescheduled';
  }
  if (result.kind === 'temporary' && row.attempts + 1 < MAX_ATTEMPTS) {
    const attempts = row.attempts + 1;
    const availableAt = new Date(now.getTime() + retryDelayMs(attempts, input.rng));
    const done = await reschedule(q, row, {
      availableAt,
      attempts,
      lastError: `temporary: ${result.detail}`,
    });
    return lost(done) ?? 'rescheduled';
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
