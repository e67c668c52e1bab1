import { indexCommunity } from './community-index.ts';
import { defaultSearchBudget } from './groups/group-members.ts';
import { MAX_GROUP_SIZE, MIN_GROUP_SIZE } from './groups/group-sizes.ts';
import type { SearchBudget } from './groups/improve-groups.ts';
import { idfScorer } from './idf-scorer.ts';
import { DEFAULT_PAIRING, type PairingOptions } from './pair-members.ts';
import type { PairScorer } from './pair-scorer.ts';
import { buildPairRules } from './pair-rules.ts';
import type { ScoreContext } from './score-pair.ts';
import { DEFAULT_SCORING, type ScoringWeights } from './scoring-weights.ts';
import type { IdPair, MatchMember, PastIntro } from './types.ts';

/** Inputs of one matching run; everything but the roster has a default. */
export interface MatchOptions {
  /** Past introductions, oldest first. */
  history?: ReadonlyArray<PastIntro>;
  /** Same seed, same roster, same history: same groups and icebreakers. */
  seed?: number;
  /** Rounds during which two people are not introduced again (default 6). */
  cooldown?: number;
  /** What feedback has taught (see PairScorer); rarity alone (`idfScorer`) when absent. */
  scorer?: PairScorer;
  /** Reference instant for time-zone offsets; a fixed date when absent, never the clock. */
  now?: Date;
  /** Maximise the sum of log(1 + score) instead of the score, favouring the worst-off pairs. */
  concave?: boolean;
  /** Pairs an organiser or a member ruled out for good. */
  neverAgain?: ReadonlyArray<IdPair>;
  candidates?: Partial<PairingOptions>;
  scoring?: Partial<ScoringWeights>;
  /** People per group, 2 (pairs, the default) to 8; a few groups get one more to absorb the remainder. */
  groupSize?: number;
  /** Limits of the search for groups of 3 or more (defaults scale with the roster). */
  search?: Partial<SearchBudget>;
}

export const DEFAULT_COOLDOWN = 6;
// Mid-January: a fixed date keeps offsets, and so scores, identical from run to run.
export const DEFAULT_REFERENCE_DATE = new Date('2026-01-15T12:00:00Z');

export interface MatchContext {
  ctx: ScoreContext;
  seed: number;
  pairing: PairingOptions;
  groupSize: number;
  search: SearchBudget;
}

/** Indexes the roster and the rules once; the pipeline stages and the benchmark share it. */
export function buildMatchContext(
  members: ReadonlyArray<MatchMember>,
  options: MatchOptions = {},
): MatchContext {
  const weights = { ...DEFAULT_SCORING, ...options.scoring };
  const cooldown = options.cooldown ?? DEFAULT_COOLDOWN;
  if (!Number.isInteger(cooldown) || cooldown < 0)
    throw new Error(`cooldown must be a whole number >= 0, got ${cooldown}`);
  const groupSize = options.groupSize ?? MIN_GROUP_SIZE;
  if (!Number.isInteger(groupSize) || groupSize < MIN_GROUP_SIZE || groupSize > MAX_GROUP_SIZE)
    throw new Error(
      `group size must be a whole number from ${MIN_GROUP_SIZE} to ${MAX_GROUP_SIZE}, got ${groupSize}`,
    );
  const scorer = options.scorer ?? idfScorer(weights);
  const index = indexCommunity(members, { scorer, at: options.now ?? DEFAULT_REFERENCE_DATE });
  const rules = buildPairRules(index, {
    members,
    history: options.history ?? [],
    neverAgain: options.neverAgain ?? [],
    cooldown,
  });
  return {
    ctx: { index, rules, weights, scorer, concave: options.concave ?? false },
    seed: options.seed ?? 0,
    pairing: { ...DEFAULT_PAIRING, ...options.candidates },
    groupSize,
    search: { ...defaultSearchBudget(members.length), ...options.search },
  };
}
