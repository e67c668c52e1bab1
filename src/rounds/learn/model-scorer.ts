import type { PairScorer } from '../../matching/pair-scorer.ts';
import type { Rng } from '../../matching/random.ts';
import type { InterestKind } from '../../matching/types.ts';
import { G, GLOBALS, INTEREST_PRIOR_SD, type PairModel } from './pair-model.ts';
import { sampleNormal } from './sample-normal.ts';
import { cholesky } from './small-matrix.ts';

/** Pair scores are the chance of a genuine intro times this, on a scale near rarity's. */
export const SCORE_SCALE = 10;

/**
 * Draws are taken from the posterior widened by this factor (a tempered Thompson draw). A
 * round matches everyone at once, so a full-width draw spends the whole round exploring;
 * in simulation a third of the width kept the learning and lost far less on the way.
 */
export const EXPLORATION = 0.3;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** One set of model coefficients: the posterior mean, or one Thompson draw of the whole vector. */
export interface ModelWeights {
  global: Float64Array;
  interest(kind: InterestKind, name: string): number;
}

/**
 * The model's coefficients for one round. With `rng`, the whole weight vector is drawn
 * once from the posterior (Thompson sampling: the globals jointly, each interest from its
 * own posterior or, never answered about, from the prior), so common ground with little
 * evidence yet gets tried in proportion to the chance it is good. Without, the posterior
 * mean, for previews that must not change between two looks.
 */
export function modelWeights(model: PairModel, rng?: Rng): ModelWeights {
  const global = Float64Array.from(model.global);
  if (rng) {
    const l = cholesky(model.globalCovariance, GLOBALS);
    const z = Array.from({ length: GLOBALS }, () => sampleNormal(rng));
    for (let i = 0; i < GLOBALS; i++)
      for (let k = 0; k <= i; k++) global[i] = global[i]! + EXPLORATION * l[i * GLOBALS + k]! * z[k]!;
  }
  const drawn = new Map<string, number>();
  return {
    global,
    interest(kind, name) {
      const key = `${kind}:${name}`;
      let value = drawn.get(key);
      if (value === undefined) {
        const c = model.interests.get(key);
        value = c?.mean ?? 0;
        if (rng) value += EXPLORATION * (c?.sd ?? INTEREST_PRIOR_SD) * sampleNormal(rng);
        drawn.set(key, value);
      }
      return value;
    },
  };
}

/**
 * The matcher's view of the model: a shared interest adds its log-odds (rarity times the
 * rarity coefficient, the overall and kind effects, and its own effect), and a pair's score
 * is its chance of feeling genuine (times SCORE_SCALE), so the matcher maximises the summed
 * chance over the round. Rater offsets are left out: they explain answers, not pairs.
 */
export function modelScorer(weights: ModelWeights): PairScorer {
  const g = weights.global;
  const bestFacts = Math.max(0, g[G.differentField]!) + Math.max(0, g[G.timeApart]!);
  return {
    interestValue: (kind, name, idf) =>
      g[G.rarity]! * idf +
      g[G.shared]! +
      g[kind === 'hobby' ? G.hobby : G.volunteer]! +
      weights.interest(kind, name),
    pairScore: (ground, facts) =>
      SCORE_SCALE *
      sigmoid(
        g[G.intercept]! +
          ground +
          (facts.differentIndustry ? g[G.differentField]! : 0) +
          (Number.isNaN(facts.hoursApart) ? 0 : (g[G.timeApart]! * facts.hoursApart) / 12),
      ),
    bound: (ground) => SCORE_SCALE * sigmoid(g[G.intercept]! + ground + bestFacts),
  };
}
