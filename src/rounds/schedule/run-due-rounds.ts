import type { Community } from '../../domain/community.ts';
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
  const due: { community: Community; period: string }[] = [];
  for (const community of await listCommunities(deps.db)) {
    if (!platformOf(deps, community.platform)) continue;
    const period = duePeriod(community, now);
    if (period.ok) due.push({ community, period: period.fire.key });
    else if (period.reason !== 'none_yet')
      log.warn({ community: community.id, reason: period.reason }, 'community schedule unusable');
  }
  // One look at the ledger for every community, so a quiet minute costs one query, not
  // one transaction per community.
  const { rows } = await deps.db.query<{ communityId: number }>(
    `SELECT r.community_id AS "communityId" FROM rounds r
     JOIN unnest($1::bigint[], $2::text[]) AS d(community_id, period) ON r.community_id = d.community_id AND r.period = d.period`,
    [due.map((d) => d.community.id), due.map((d) => d.period)],
  );
  const done = new Set(rows.map((r) => r.communityId));
  for (const { community, period } of due) {
    if (done.has(community.id)) continue;
    try {
      const result = await planRound(deps, { community, period, manual: false });
      if (result.ok) planned.push(result.value);
    } catch (err) {
      log.error({ err, community: community.id, period }, 'round planning failed; the next tick retries');
    }
  }
  return planned;
}
