import { commonGround } from './common-ground.ts';
import type { CommunityIndex } from './community-index.ts';
import { pairFacts, repeatFactor } from './pair-factors.ts';
import type { PairRules } from './pair-rules.ts';
import type { PairScorer } from './pair-scorer.ts';
import type { ScoringWeights } from './scoring-weights.ts';

/** Everything a pair score depends on besides the two members. */
export interface ScoreContext {
  index: CommunityIndex;
  rules: PairRules;
  weights: ScoringWeights;
  /** Values shared interests and pairs: rarity alone, or what feedback has taught. */
  scorer: PairScorer;
  /** Favour the worst-off: the matcher maximises log(1 + score) instead of the score. */
  concave: boolean;
}

/**
 * How good an introduction of u and v would be: the scorer's value of what they share and
 * of their other facts (by default IDF-weighted shared interests, more for different
 * industries, less for far-apart time zones), less after a recent earlier meeting.
 * Hard rules are not checked here.
 */
export function scorePair(ctx: ScoreContext, u: number, v: number): number {
  return scoreFromGround(ctx, u, v, commonGround(ctx.index, u, v));
}

/** The pair score from already summed common ground, without recomputing the intersection. */
export function scoreFromGround(ctx: ScoreContext, u: number, v: number, ground: number): number {
  const { index, weights } = ctx;
  return (
    ctx.scorer.pairScore(ground, pairFacts(index, u, v)) *
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
