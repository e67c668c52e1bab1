import { commonGround } from './common-ground.ts';
import type { CommunityIndex } from './community-index.ts';
import { industryFactor, repeatFactor, timezoneFactor } from './pair-factors.ts';
import type { PairRules } from './pair-rules.ts';
import type { ScoringWeights } from './scoring-weights.ts';

/** Everything a pair score depends on besides the two members. */
export interface ScoreContext {
  index: CommunityIndex;
  rules: PairRules;
  weights: ScoringWeights;
  /** Favour the worst-off: the matcher maximises log(1 + score) instead of the score. */
  concave: boolean;
}

/**
 * How good an introduction of u and v would be: IDF-weighted shared interests (times
 * learned weights), more for different industries, less for far-apart time zones or a
 * recent earlier meeting. A pair with nothing in common gets a small fallback value.
 * Hard rules are not checked here.
 */
export function scorePair(ctx: ScoreContext, u: number, v: number): number {
  const { index, weights } = ctx;
  const ground = commonGround(index, u, v);
  return (
    (ground > 0 ? ground : weights.fallbackBase) *
    timezoneFactor(index, u, v, weights) *
    industryFactor(index, u, v, weights) *
    repeatFactor(ctx.rules.roundsAgo(u, v), ctx.rules.cooldown, weights)
  );
}

/**
 * The positive integer weight the exact matcher maximises for a pair of the given score.
 * Priority is added per member, not multiplied, so it changes who gets left out of an odd
 * count without changing which pairs are preferred among the rest.
 */
export function matchWeight(ctx: ScoreContext, u: number, v: number, score: number): number {
  const { weights, index } = ctx;
  const value = ctx.concave ? Math.log1p(score) : score;
  const priority =
    Math.min(weights.priorityCap, index.priority[u]!) + Math.min(weights.priorityCap, index.priority[v]!);
  return Math.max(1, Math.round((value + weights.priority * priority) * weights.integerScale));
}
