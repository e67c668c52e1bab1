import type { FollowUpCounts } from '../follow-up/run-follow-ups.ts';
import { runFollowUps } from '../follow-up/run-follow-ups.ts';
import type { PlanDeps, RoundSummary } from '../plan-round.ts';
import { clockOf, logOf } from '../round-deps.ts';
import { runDueRounds } from './run-due-rounds.ts';

export interface TickReport {
  rounds: RoundSummary[];
  followUps: FollowUpCounts;
}

/** One tick: due rounds, then follow-ups; wakes delivery when either queued something. */
export async function schedulerTick(deps: PlanDeps & { wakeDelivery?: () => void }): Promise<TickReport> {
  const rounds = await runDueRounds(deps);
  const followUps = await runFollowUps(deps.db, clockOf(deps));
  const queued =
    rounds.length + followUps.asks + followUps.nudges + followUps.checkins + followUps.ghostsPaused;
  if (queued > 0) {
    logOf(deps).info({ rounds: rounds.length, ...followUps }, 'scheduler tick queued work');
    deps.wakeDelivery?.();
  }
  return { rounds, followUps };
}
