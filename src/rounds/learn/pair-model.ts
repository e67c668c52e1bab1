/**
 * The coefficients every pair has, in the order of `PairModel.global`: the log-odds of a
 * genuine intro is their dot product with a pair's features, plus each shared interest's own
 * effect, plus the answering member's rater offset (which explains answers, never matching).
 */
export const GLOBAL_FEATURES = [
  'intercept',
  /** Summed rarity, ln((N + 1) / holders), of what the pair shares. */
  'rarity',
  /** Per shared interest: the overall effect of sharing something (top of the hierarchy). */
  'shared',
  /** Per shared hobby and per shared cause: each kind's departure from the overall effect. */
  'hobby',
  'volunteer',
  'differentField',
  /** Hours between the two clocks, over 12. */
  'timeApart',
  'trio',
] as const;

export type GlobalFeature = (typeof GLOBAL_FEATURES)[number];
export const GLOBALS = GLOBAL_FEATURES.length;
export const G = Object.fromEntries(GLOBAL_FEATURES.map((f, i) => [f, i])) as Record<GlobalFeature, number>;

/** Gaussian prior of each global coefficient: mean and standard deviation. */
export const GLOBAL_PRIOR: Record<GlobalFeature, readonly [number, number]> = {
  intercept: [-1, 3],
  // Before evidence, rarity counts a little, as in the scoring Kindred starts with.
  rarity: [0.3, 0.5],
  shared: [0, 1],
  hobby: [0, 0.5],
  volunteer: [0, 0.5],
  differentField: [0, 0.5],
  timeApart: [0, 0.5],
  trio: [0, 0.5],
};
/** Standard deviation of one interest's departure from its kind's effect. */
export const INTEREST_PRIOR_SD = 1;
/** Standard deviation of a member's tendency to answer "genuine" whatever happened. */
export const RATER_PRIOR_SD = 2;

/** Posterior of one coefficient, Gaussian (Laplace), with how much evidence it rests on. */
export interface Coefficient {
  mean: number;
  sd: number;
  /** Summed answer weight of the signals that involved it. */
  evidence: number;
}

/** A fitted pair model: a Laplace approximation of the posterior around its MAP. */
export interface PairModel {
  /** Posterior means of the global coefficients, in `GLOBAL_FEATURES` order. */
  global: Float64Array;
  /** Posterior covariance of the global coefficients (row-major GLOBALS x GLOBALS). */
  globalCovariance: Float64Array;
  /** Each interest's own effect, keyed `${kind}:${interest}`; absent means the prior. */
  interests: Map<string, Coefficient>;
  /** Rater offsets, keyed by member id. */
  raters: Map<string, Coefficient>;
  /** Summed weight of the signals fitted. */
  evidence: number;
  signals: number;
  iterations: number;
}
