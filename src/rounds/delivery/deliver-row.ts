import type { DeliveryResult } from '../../platform.ts';
import type { RoundDeps } from '../round-deps.ts';
import { clockOf, logOf, platformOf, rngOf } from '../round-deps.ts';
import type { ClaimedRow } from './claim-outbox.ts';
import { lockClaim, releaseLease } from './claim-outbox.ts';
import { callOffIntro, closeRow, reschedule } from './finish-delivery.ts';
import type { GroupMember, Prepared } from './prepare-delivery.ts';
import { prepareDelivery } from './prepare-delivery.ts';
import type { RecordedOutcome } from './record-result.ts';
import { recordResult } from './record-result.ts';

export type DeliveryOutcome = RecordedOutcome | 'cancelled' | 'error';

// A community whose platform is not running in this process (its adapter is not
// configured here) waits rather than fails: another process or a restart may serve it.
const NO_PLATFORM_RETRY_MS = 60_000;
const RECORD_RETRY_MS = [100, 250, 500, 1_000, 2_000];

async function send(
  platform: NonNullable<ReturnType<typeof platformOf>>,
  message: Extract<Prepared, { action: 'send' }>['message'],
): Promise<DeliveryResult> {
  try {
    return 'intro' in message
      ? await platform.sendIntro(message.intro)
      : await platform.sendDirect(message.direct);
  } catch (err) {
    // Adapters should answer with a value; one that throws is treated as a passing fault.
    return { ok: false, kind: 'temporary', detail: `adapter threw: ${(err as Error).message}`.slice(0, 200) };
  }
}

/**
 * Delivers one claimed row in one transaction that holds the row and its members locked
 * from the eligibility check through the post, so an opt-out, forget or block committed
 * before the send always wins. If the database goes away after the platform accepted the
 * message, the result is recorded again (fenced) once it is back, rather than posting twice.
 */
export async function deliverRow(
  deps: RoundDeps & { leaseMs: number },
  row: ClaimedRow,
): Promise<DeliveryOutcome> {
  const log = logOf(deps).child({ community: row.communityId, outbox: row.id, kind: row.kind });
  let posted: { result: DeliveryResult; members: GroupMember[] } | undefined;
  try {
    return await deps.db.transaction(async (tx): Promise<DeliveryOutcome> => {
      if (!(await lockClaim(tx, row))) return 'lost';
      const prepared = await prepareDelivery(tx, row);
      const now = clockOf(deps);
      if (prepared.action === 'drop') {
        await closeRow(tx, row, { status: 'cancelled', reason: prepared.reason });
        return 'cancelled';
      }
      if (prepared.action === 'cancel') {
        await closeRow(tx, row, { status: 'cancelled', reason: prepared.reason });
        const tell = prepared.members.filter(
          (m) => m.status === 'active' && !prepared.causedBy.includes(m.id),
        );
        await callOffIntro(tx, {
          communityId: row.communityId,
          introId: row.introId!,
          status: 'cancelled',
          reason: prepared.reason,
          tell: tell.map((m) => m.id),
          code: 'intro.partner_left',
          now,
        });
        log.info({ reason: prepared.reason }, 'intro called off before sending');
        return 'cancelled';
      }
      const platform = platformOf(deps, prepared.platform);
      if (!platform) {
        const availableAt = new Date(now.getTime() + NO_PLATFORM_RETRY_MS);
        await reschedule(tx, row, { availableAt, attempts: row.attempts, lastError: 'platform_not_running' });
        return 'rescheduled';
      }
      const result = await send(platform, prepared.message);
      posted = { result, members: prepared.members };
      return recordResult(tx, {
        row,
        members: prepared.members,
        result,
        now: clockOf(deps),
        rng: rngOf(deps),
      });
    });
  } catch (err) {
    if (!posted) {
      log.warn({ err }, 'delivery attempt failed before posting; the lease will expire or be released');
      await releaseLease(deps.db, row).catch(() => false);
      return 'error';
    }
    return recordAgain(deps, row, posted, log);
  }
}

async function recordAgain(
  deps: RoundDeps & { leaseMs: number },
  row: ClaimedRow,
  posted: { result: DeliveryResult; members: GroupMember[] },
  log: ReturnType<typeof logOf>,
): Promise<DeliveryOutcome> {
  const deadline = Date.now() + deps.leaseMs;
  for (let i = 0; Date.now() < deadline; i++) {
    await new Promise((resolve) =>
      setTimeout(resolve, RECORD_RETRY_MS[Math.min(i, RECORD_RETRY_MS.length - 1)]),
    );
    try {
      const outcome = await deps.db.transaction((tx) =>
        recordResult(tx, { row, ...posted, now: clockOf(deps), rng: rngOf(deps) }),
      );
      log.info({ outcome, tries: i + 1 }, 'delivery result recorded after the database came back');
      return outcome;
    } catch (err) {
      log.debug({ err }, 'database still unavailable to record a delivery');
    }
  }
  log.error('could not record a delivery before the lease ran out; it may be posted again');
  return 'error';
}
