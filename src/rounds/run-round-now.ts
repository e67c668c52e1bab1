import type { Result } from '../domain/result.ts';
import { getCommunity } from '../store/community-repository.ts';
import type { PlanDeps } from './plan-round.ts';
import { planRound } from './plan-round.ts';

export interface RunRoundNowDeps extends PlanDeps {
  /** Tells the delivery workers to look at the outbox now. */
  wakeDelivery?: () => void;
}

/** `manual:2026-11-30T10:05Z`: an admin's round never shares a key with a scheduled one. */
export const manualPeriod = (now: Date): string => `manual:${now.toISOString().slice(0, 16)}Z`;

/**
 * An admin's "run a round now": plans a round under its own period key, then wakes
 * delivery. Two admins asking within the same minute, or while a round is being planned,
 * get `round.already_running`.
 */
export async function runRoundNow(
  deps: RunRoundNowDeps,
  communityId: number,
): Promise<
  Result<
    { roundId: number; intros: number; trios: number; satOut: number },
    'round.too_few_members' | 'round.already_running'
  >
> {
  const community = await getCommunity(deps.db, communityId);
  if (!community) throw new Error(`runRoundNow: community ${communityId} does not exist`);
  const now = (deps.clock ?? (() => new Date()))();
  const planned = await planRound(deps, { community, period: manualPeriod(now), manual: true });
  if (!planned.ok) return planned;
  deps.wakeDelivery?.();
  const { roundId, intros, trios, satOut } = planned.value;
  return { ok: true, value: { roundId, intros, trios, satOut } };
}
