import type { CommunityIndex } from './community-index.ts';
import type { ScoringWeights } from './scoring-weights.ts';

/** Multiplier for how far apart two members' clocks are; unknown zones count as compatible. */
export function timezoneFactor(index: CommunityIndex, u: number, v: number, w: ScoringWeights): number {
  const diff = Math.abs(index.offsetMinutes[u]! - index.offsetMinutes[v]!) / 60;
  if (Number.isNaN(diff)) return 1;
  const hours = Math.min(diff, 24 - diff);
  if (hours <= w.timezoneFreeHours) return 1;
  const t = Math.min(1, (hours - w.timezoneFreeHours) / (12 - w.timezoneFreeHours));
  return 1 - t * (1 - w.timezoneWorstFactor);
}

/** Multiplier favouring people from different fields; neutral when either industry is unknown. */
export function industryFactor(index: CommunityIndex, u: number, v: number, w: ScoringWeights): number {
  const a = index.industry[u]!;
  const b = index.industry[v]!;
  return a >= 0 && b >= 0 && a !== b ? 1 + w.differentIndustry : 1;
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
