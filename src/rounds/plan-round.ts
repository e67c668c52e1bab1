import type { Community } from '../domain/community.ts';
import type { Result } from '../domain/result.ts';
import { fail, ok } from '../domain/result.ts';
import type { MatchOptions } from '../matching/match-context.ts';
import { matchMembers } from '../matching/match-members.ts';
import type { MatchMember, MatchResult } from '../matching/types.ts';
import { learnCommunityModel, type ModelCache } from './learn/learn-community-model.ts';
import { roundScorer } from './learn/round-scorer.ts';
import { queueNotices, raisePriority } from './queue-notices.ts';
import type { RoundDeps } from './round-deps.ts';
import { clockOf, logOf, rngOf } from './round-deps.ts';
import { eligibleMembers, platformPresence, roundMatchInput } from './round-match-input.ts';
import { writeRound } from './write-round.ts';

/** The matcher a round uses; the simulation swaps in random pairing for its baseline community. */
export type Matcher = (members: MatchMember[], options: MatchOptions, community: Community) => MatchResult;

export interface PlanDeps extends RoundDeps {
  match?: Matcher;
  /** Each community's last pair model, so the next fit warm-starts from it. */
  models?: ModelCache;
}

export interface RoundSummary {
  communityId: number;
  roundId: number;
  intros: number;
  trios: number;
  satOut: number;
  eligible: number;
}

export type PlanError = 'round.too_few_members' | 'round.already_running';

// Transaction-level advisory lock class for planning; the second key is the community, so
// a manual round and a scheduled one never match the same people at the same time.
const PLAN_LOCK = 72_310_002;

/**
 * Plans one round in one transaction: claims `(community, period)`, loads who takes part,
 * matches them and writes the intros, their outbox rows and notices for whoever sits out.
 * A period someone else claimed (another process, an earlier tick) is `round.already_running`.
 * A scheduled round with fewer than two members is recorded as done (the lone member is
 * told); a manual one returns `round.too_few_members` and writes nothing.
 */
export async function planRound(
  deps: PlanDeps,
  input: { community: Community; period: string; manual: boolean },
): Promise<Result<RoundSummary, PlanError>> {
  const { community, period } = input;
  const now = clockOf(deps);
  const log = logOf(deps).child({ community: community.id, period });
  const rng = rngOf(deps);
  const presence = await platformPresence(deps, deps.db, community, now);
  const outcome = await deps.db.transaction(async (tx): Promise<Result<RoundSummary, PlanError>> => {
    const locked = await tx.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1, $2::int) AS locked',
      [PLAN_LOCK, community.id],
    );
    if (!locked.rows[0]?.locked) return fail('round.already_running');
    const taken = await tx.query('SELECT 1 FROM rounds WHERE community_id = $1 AND period = $2', [
      community.id,
      period,
    ]);
    if (taken.rowCount > 0) return fail('round.already_running');
    const members = await eligibleMembers(tx, community, now, presence);
    if (members.length < 2 && input.manual) return fail('round.too_few_members');
    const inserted = await tx.query<{ id: number }>(
      `INSERT INTO rounds (community_id, period, status, created_at) VALUES ($1, $2, 'claimed', $3)
       ON CONFLICT (community_id, period) DO NOTHING RETURNING id`,
      [community.id, period, now],
    );
    const roundId = inserted.rows[0]?.id;
    if (roundId === undefined) return fail('round.already_running');
    await tx.query(
      `UPDATE members SET status = 'active', paused_until = NULL, pause_reason = NULL
       WHERE id = ANY($1::bigint[]) AND status = 'paused'`,
      [members.map((m) => m.id)],
    );

    let result: MatchResult = { groups: [], unmatched: [] };
    if (members.length === 1) {
      const lone = members[0]!.id;
      await queueNotices(
        tx,
        community.id,
        [{ memberId: lone, code: 'round.too_few_members', dedupeKey: `notice:sat_out:${roundId}:${lone}` }],
        now,
      );
      await raisePriority(tx, [lone]);
    } else if (members.length >= 2) {
      const fitStarted = performance.now();
      const model = await learnCommunityModel(tx, community.id, { cache: deps.models, now });
      if (model)
        log.debug(
          {
            signals: model.signals,
            iterations: model.iterations,
            ms: Math.round(performance.now() - fitStarted),
          },
          'pair model fitted',
        );
      // One Thompson draw of the whole model for this round; rarity alone before any answer.
      const scorer = roundScorer(model, rng);
      const seed = Math.floor(rng() * 2 ** 31);
      const { roster, options } = await roundMatchInput(tx, { community, members, scorer, seed, now });
      const started = performance.now();
      result = (deps.match ?? matchMembers)(roster, options, community);
      deps.metrics?.matchSeconds.observe((performance.now() - started) / 1000);
      await writeRound(tx, { communityId: community.id, roundId, ...result, now });
    }
    const summary: RoundSummary = {
      communityId: community.id,
      roundId,
      intros: result.groups.length,
      trios: result.groups.filter((g) => g.members.length === 3).length,
      satOut: result.unmatched.length + (members.length === 1 ? 1 : 0),
      eligible: members.length,
    };
    await tx.query(`UPDATE rounds SET status = $2, planned_at = $3, stats = $4 WHERE id = $1`, [
      roundId,
      summary.intros > 0 ? 'planned' : 'done',
      now,
      JSON.stringify(summary),
    ]);
    return ok(summary);
  });
  if (outcome.ok) {
    log.info({ round: outcome.value.roundId, ...outcome.value }, 'round planned');
    deps.metrics?.rounds.inc({ outcome: 'planned' });
  } else log.debug({ code: outcome.code }, 'round not planned');
  return outcome;
}
