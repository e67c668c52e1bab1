/** The knobs of the pair score, in one place so tuning them is a one-line change. */
export interface ScoringWeights {
  /** A shared cause counts this much relative to a shared hobby of the same rarity. */
  volunteer: number;
  /** Fraction added when both industries are known and differ: meet people outside your field. */
  differentIndustry: number;
  /** Hours apart that still count as fully compatible, and the factor at 12 hours apart. */
  timezoneFreeHours: number;
  timezoneWorstFactor: number;
  /** Factor just after the cooldown; it decays back to 1 over about one cooldown length. */
  repeatFactor: number;
  /** What a pair with nothing in common is worth, before the other factors: a last resort. */
  fallbackBase: number;
  /** Matcher bonus per unit of priority of each member (capped), so who sat out last time is not left out again. */
  priority: number;
  priorityCap: number;
  /** Integer matcher weights are the score times this. */
  integerScale: number;
}

export const DEFAULT_SCORING: ScoringWeights = {
  volunteer: 1.25,
  differentIndustry: 0.15,
  timezoneFreeHours: 3,
  timezoneWorstFactor: 0.5,
  repeatFactor: 0.5,
  fallbackBase: 0.05,
  priority: 0.5,
  priorityCap: 3,
  integerScale: 1000,
};
