import type { CommunityIndex } from './community-index.ts';
import type { PairFacts } from './pair-scorer.ts';
import type { ScoringWeights } from './scoring-weights.ts';

/** Hours between two members' clocks, 0 to 12; NaN when either zone is unknown. */
export function hoursApart(index: CommunityIndex, u: number, v: number): number {
  const diff = Math.abs(index.offsetMinutes[u]! - index.offsetMinutes[v]!) / 60;
  return Number.isNaN(diff) ? NaN : Math.min(diff, 24 - diff);
}

/** Whether both fields are known and differ. */
export function differentIndustry(index: CommunityIndex, u: number, v: number): boolean {
  const a = index.industry[u]!;
  const b = index.industry[v]!;
  return a >= 0 && b >= 0 && a !== b;
}

/** The facts of a pair a scorer may use besides what they share. */
export function pairFacts(index: CommunityIndex, u: number, v: number): PairFacts {
  return { differentIndustry: differentIndustry(index, u, v), hoursApart: hoursApart(index, u, v) };
}

/** Multiplier for how far apart two clocks are; unknown zones (NaN) count as compatible. */
export function timezoneFactorOf(hours: number, w: ScoringWeights): number {
  if (Number.isNaN(hours) || hours <= w.timezoneFreeHours) return 1;
  const t = Math.min(1, (hours - w.timezoneFreeHours) / (12 - w.timezoneFreeHours));
  return 1 - t * (1 - w.timezoneWorstFactor);
}

/** Multiplier favouring people from different fields. */
export function industryFactorOf(different: boolean, w: ScoringWeights): number {
  return different ? 1 + w.differentIndustry : 1;
}

/**
 * Soft penalty for meeting again after the cooldown: strongest right after it, fading as
 * the last meeting recedes, so old acquaintances are allowed but fresh faces come first.
 */
export function repeatFactor(roundsAgo: number, cooldown: number, w: ScoringWeights): number {
  if (!Number.isFinite(roundsAgo)) return 1;
  const since = Math.max(0, roundsAgo - cooldown - 1);
  return 1 - (1 - w.repeatFactor) * Math.exp(-since / Math.max(1, cooldown));
}
