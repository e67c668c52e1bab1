import type { PairScorer } from './pair-scorer.ts';
import { industryFactorOf, timezoneFactorOf } from './pair-factors.ts';
import type { ScoringWeights } from './scoring-weights.ts';

/**
 * Scoring before any feedback: each shared interest is worth its rarity (IDF; a cause
 * counts `volunteer` times a hobby), more for different fields, less for far-apart time
 * zones, and a pair with nothing in common gets the small fallback value.
 */
export function idfScorer(weights: ScoringWeights): PairScorer {
  const boost = 1 + Math.max(0, weights.differentIndustry);
  return {
    interestValue: (kind, _interest, idf) => idf * (kind === 'volunteer' ? weights.volunteer : 1),
    pairScore: (ground, facts) =>
      (ground > 0 ? ground : weights.fallbackBase) *
      timezoneFactorOf(facts.hoursApart, weights) *
      industryFactorOf(facts.differentIndustry, weights),
    bound: (ground) => ground * boost,
  };
}
