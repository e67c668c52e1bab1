import { listCommunities } from '../../store/community-repository.ts';
import type { PlanDeps, RoundSummary } from '../plan-round.ts';
import { planRound } from '../plan-round.ts';
import { clockOf, logOf, platformOf } from '../round-deps.ts';
import { duePeriod } from './due-period.ts';

/**
 * Asks the database what is due: for each active community served by a platform in this
 * process, tries to claim its current period. Of several processes ticking at once,
 * exactly one plans it; the others get `round.already_running` and move on. One
 * community failing does not stop the others.
 */
export async function runDueRounds(deps: PlanDeps): Promise<RoundSummary[]> {
  const now = clockOf(deps);
  const log = logOf(deps);
  const planned: RoundSummary[] = [];
  for (const community of await listCommunities(deps.db)) {
    if (!platformOf(deps, community.platform)) continue;
    const due = duePeriod(community, now);
    if (!due.ok) {
      if (due.reason !== 'none_yet')
        log.warn({ community: community.id, reason: due.reason }, 'community schedule unusable');
      continue;
    }
    try {
      const result = await planRound(deps, { community, period: due.fire.key, manual: false });
      if (result.ok) planned.push(result.value);
    } catch (err) {
      log.error(
        { err, community: community.id, period: due.fire.key },
        'round planning failed; next tick retries',
      );
    }
  }
  return planned;
}
