import type { ChatPlatform, DeliveryResult } from '../../platform.ts';
import type { Queryable } from '../../store/db.ts';
import type { RoundDeps } from '../round-deps.ts';
import { clockOf, logOf, platformOf, rngOf } from '../round-deps.ts';
import type { ClaimedRow } from './claim-outbox.ts';
import { releaseLease } from './claim-outbox.ts';
import { callOffIntro, closeRow, reschedule } from './finish-delivery.ts';
import type { Prepared } from './prepare-delivery.ts';
import { prepareDeliveries } from './prepare-delivery.ts';
import type { Answered, RecordedOutcome } from './record-result.ts';
import { recordResults } from './record-result.ts';

export type DeliveryOutcome = RecordedOutcome | 'cancelled' | 'released' | 'error';

export interface BatchDeps extends RoundDeps {
  leaseMs: number;
  /** Checked before each send: once true, unsent rows are given back. */
  stopping?: () => boolean;
}

// A community whose platform is not running in this process (its adapter is not
// configured here) waits rather than fails: another process or a restart may serve it.
const NO_PLATFORM_RETRY_MS = 60_000;
const RECORD_RETRY_MS = [100, 250, 500, 1_000, 2_000];

async function send(platform: ChatPlatform, message: Extract<Prepared, { action: 'send' }>['message']) {
  try {
    return 'intro' in message
      ? await platform.sendIntro(message.intro)
      : await platform.sendDirect(message.direct);
  } catch (err) {
    // Adapters should answer with a value; one that throws is treated as a passing fault.
    const detail = `adapter threw: ${(err as Error).message}`.slice(0, 200);
    return { ok: false, kind: 'temporary', detail } satisfies DeliveryResult;
  }
}

async function lockClaims(q: Queryable, rows: ClaimedRow[]): Promise<ClaimedRow[]> {
  const { rows: held } = await q.query<{ id: number }>(
    `SELECT o.id FROM outbox o JOIN unnest($1::bigint[], $2::bigint[]) AS x(id, fence) ON o.id = x.id AND o.fence = x.fence
     WHERE o.lease_owner = $3 AND o.status = 'sending' ORDER BY o.id FOR UPDATE OF o`,
    [rows.map((r) => r.id), rows.map((r) => r.fence), rows[0]?.owner ?? ''],
  );
  const ours = new Set(held.map((r) => r.id));
  return rows.filter((r) => ours.has(r.id));
}

type Decision =
  { done: DeliveryOutcome } | { send: Extract<Prepared, { action: 'send' }>; platform: ChatPlatform };

/**
 * Decides one claimed row in a short transaction that holds the row and every member it
 * concerns locked: an opt-out, forget or block committed before this point is seen and
 * wins; one that comes later waits only for this decision, never for the platform.
 */
async function decide(deps: BatchDeps, tx: Queryable, row: ClaimedRow): Promise<Decision> {
  const log = logOf(deps);
  const held = await lockClaims(tx, [row]);
  if (held.length === 0) return { done: 'lost' };
  const plan = (await prepareDeliveries(tx, held, clockOf(deps))).get(row.id) ?? {
    action: 'drop',
    reason: 'gone',
  };
  const now = clockOf(deps);
  if (plan.action === 'drop') {
    await closeRow(tx, row, { status: 'cancelled', reason: plan.reason });
    return { done: 'cancelled' };
  }
  if (plan.action === 'cancel') {
    await closeRow(tx, row, { status: 'cancelled', reason: plan.reason });
    const tell = plan.members.filter((m) => m.status === 'active' && !plan.causedBy.includes(m.id));
    await callOffIntro(tx, {
      communityId: row.communityId,
      introId: row.introId!,
      status: 'cancelled',
      reason: plan.reason,
      tell: tell.map((m) => m.id),
      code: 'intro.partner_left',
      now,
    });
    log.info(
      { community: row.communityId, intro: row.introId, reason: plan.reason },
      'intro called off before sending',
    );
    return { done: 'cancelled' };
  }
  if (deps.stopping?.()) {
    await releaseLease(tx, row);
    return { done: 'released' };
  }
  const platform = platformOf(deps, plan.platform);
  if (!platform) {
    const availableAt = new Date(now.getTime() + NO_PLATFORM_RETRY_MS);
    await reschedule(tx, row, { availableAt, attempts: row.attempts, lastError: 'platform_not_running' });
    return { done: 'rescheduled' };
  }
  if (plan.shrink) {
    // Written before the post, so the intro's record says who really met, and whoever
    // left the trio is not asked about an intro they never got.
    await tx.query(`UPDATE intros SET size = 2, why = $2 WHERE id = $1 AND status = 'pending'`, [
      row.introId,
      plan.shrink.why,
    ]);
    await tx.query('DELETE FROM intro_members WHERE intro_id = $1 AND member_id = ANY($2::bigint[])', [
      row.introId,
      plan.shrink.leftOut,
    ]);
    log.info(
      { community: row.communityId, intro: row.introId },
      'trio sent as a pair: one member dropped out',
    );
  }
  return { send: plan, platform };
}

/**
 * Delivers claimed rows one at a time: decide (a short transaction), post with no
 * transaction open, then record the answer in another short transaction fenced by the
 * lease. Holding a transaction across a platform call would, on embedded PGlite (one
 * connection), make every command wait for the platform: with Slack answering in 2.5 s,
 * `/intro leave` would miss Slack's 3 s deadline. If the database goes away after the
 * platform took a message, the answer is recorded again (fenced) once it is back, rather
 * than posting twice.
 */
export async function deliverBatch(
  deps: BatchDeps,
  rows: ClaimedRow[],
): Promise<Map<number, DeliveryOutcome>> {
  const outcomes = new Map<number, DeliveryOutcome>();
  for (const row of rows) outcomes.set(row.id, await deliverOne(deps, row));
  return outcomes;
}

async function deliverOne(deps: BatchDeps, row: ClaimedRow): Promise<DeliveryOutcome> {
  const log = logOf(deps);
  let decision: Decision;
  try {
    decision = await deps.db.transaction((tx) => decide(deps, tx, row));
  } catch (err) {
    log.warn({ err }, 'delivery failed before posting; the lease will be released or expire');
    await releaseLease(deps.db, row).catch(() => false);
    return 'error';
  }
  if ('done' in decision) return decision.done;
  const answered: Answered = {
    row,
    members: decision.send.members,
    result: await send(decision.platform, decision.send.message),
  };
  try {
    const recorded = await deps.db.transaction((tx) =>
      recordResults(tx, [answered], clockOf(deps), rngOf(deps)),
    );
    return recorded.get(row.id) ?? 'lost';
  } catch (err) {
    return (await recordAgain(deps, [row], [answered], err)).get(row.id) ?? 'error';
  }
}

/** The platform has the messages but the database did not take the answers: retry until the lease runs out. */
async function recordAgain(deps: BatchDeps, rows: ClaimedRow[], answered: Answered[], cause: unknown) {
  const log = logOf(deps);
  log.warn(
    { err: cause, posted: answered.length },
    'could not record deliveries; retrying until the database is back',
  );
  const outcomes = new Map<number, DeliveryOutcome>(rows.map((r) => [r.id, 'error']));
  const deadline = Date.now() + deps.leaseMs;
  for (let i = 0; Date.now() < deadline; i++) {
    await new Promise((resolve) =>
      setTimeout(resolve, RECORD_RETRY_MS[Math.min(i, RECORD_RETRY_MS.length - 1)]),
    );
    try {
      const recorded = await deps.db.transaction((tx) =>
        recordResults(tx, answered, clockOf(deps), rngOf(deps)),
      );
      for (const [id, outcome] of recorded) outcomes.set(id, outcome);
      log.info({ tries: i + 1 }, 'deliveries recorded after the database came back');
      // Rows that were not posted go back to the queue.
      for (const row of rows) if (!recorded.has(row.id)) await releaseLease(deps.db, row).catch(() => false);
      return outcomes;
    } catch (err) {
      log.debug({ err }, 'database still unavailable to record deliveries');
    }
  }
  log.error(
    { posted: answered.length },
    'could not record deliveries before the lease ran out; they may be posted again',
  );
  return outcomes;
}
