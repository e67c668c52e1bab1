import { pruneInbox } from '../../inbox/prune-inbox.ts';
import { pruneIntroThreads } from '../delivery/intro-threads.ts';
import { pruneProcessedEvents } from '../feedback/prune-processed-events.ts';
import type { FollowUpCounts } from '../follow-up/run-follow-ups.ts';
import { runFollowUps } from '../follow-up/run-follow-ups.ts';
import { createSharedPacer } from '../delivery/pacing/shared-pacer.ts';
import type { PlanDeps, RoundSummary } from '../plan-round.ts';
import { clockOf, logOf } from '../round-deps.ts';
import { runDueRounds } from './run-due-rounds.ts';

export interface TickReport {
  rounds: RoundSummary[];
  followUps: FollowUpCounts;
  /** Platform event ids forgotten because they are past every retry. */
  prunedEvents: number;
}

/**
 * One tick: due rounds, then follow-ups, then housekeeping; wakes delivery when a round
 * or a follow-up queued something.
 */
export async function schedulerTick(deps: PlanDeps & { wakeDelivery?: () => void }): Promise<TickReport> {
  const rounds = await runDueRounds(deps);
  const followUps = await runFollowUps(deps.db, clockOf(deps));
  // Pacing keys idle for an hour start afresh anyway (a per-channel key is one per DM).
  await createSharedPacer({ db: deps.db, now: () => clockOf(deps) })
    .prune(60 * 60_000)
    .catch((err: unknown) => logOf(deps).warn({ err }, 'could not prune idle rate limits'));
  const prunedEvents = await pruneProcessedEvents(deps.db, clockOf(deps));
  await pruneInbox(deps.db, clockOf(deps));
  await pruneIntroThreads(deps.db, clockOf(deps));
  const queued =
    rounds.length + followUps.asks + followUps.nudges + followUps.checkins + followUps.ghostsPaused;
  if (queued > 0) {
    logOf(deps).info({ rounds: rounds.length, ...followUps }, 'scheduler tick queued work');
    deps.wakeDelivery?.();
  }
  return { rounds, followUps, prunedEvents };
}
