import type { Rng } from '../matching/random.ts';
import type { InterestKind, LearnedWeights } from '../matching/types.ts';
import { sampleBeta } from './sample-beta.ts';

/** Genuine answers out of all first answers, for intros that shared something. */
export interface Tally {
  successes: number;
  trials: number;
}

/** What past feedback says, per interest and per kind of interest. */
export interface InterestOutcomes {
  overall: Tally;
  byKind: Record<InterestKind, Tally>;
  /** Keyed `${kind}:${interest}`. */
  byInterest: Map<string, Tally>;
}

export const NO_OUTCOMES: InterestOutcomes = {
  overall: { successes: 0, trials: 0 },
  byKind: { hobby: { successes: 0, trials: 0 }, volunteer: { successes: 0, trials: 0 } },
  byInterest: new Map(),
};

/** How many answers the kind's rate is worth as a prior for one interest. */
export const PRIOR_STRENGTH = 3;
// A weight is the ratio to the community's overall rate, squared so that what bonds
// people can outweigh mere rarity (the matcher already multiplies by an IDF of up to ~5);
// the bounds keep one lucky or unlucky interest from dominating or vanishing.
const SHARPNESS = 2;
const MIN_WEIGHT = 0.1;
const MAX_WEIGHT = 8;

const clamp = (x: number) => Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, x));

/**
 * Learned weights for one round. Each interest's chance of leading to a genuine
 * connection is a Beta-Binomial posterior whose prior is centred on its kind's rate
 * (hobbies and causes learn separately), and the weight is a draw from it divided by the
 * community's overall rate. Drawing (Thompson sampling) rather than taking the mean keeps
 * trying common ground with little evidence yet. `sample: false` gives the posterior mean,
 * for previews that must not change between two looks.
 */
export function thompsonWeights(
  outcomes: InterestOutcomes,
  rng: Rng,
  options: { sample?: boolean } = {},
): LearnedWeights {
  const sample = options.sample ?? true;
  const draw = (a: number, b: number) => (sample ? sampleBeta(a, b, rng) : a / (a + b));
  const { overall } = outcomes;
  const base = (overall.successes + 1) / (overall.trials + 2);
  const kindRate = (kind: InterestKind) => {
    const t = outcomes.byKind[kind];
    return draw(1 + t.successes, 1 + t.trials - t.successes);
  };
  const kinds = { hobby: kindRate('hobby'), volunteer: kindRate('volunteer') };
  const cache = new Map<string, number>();
  return {
    weight(kind, interest) {
      const key = `${kind}:${interest}`;
      let w = cache.get(key);
      if (w === undefined) {
        const t = outcomes.byInterest.get(key) ?? { successes: 0, trials: 0 };
        const mu = kinds[kind];
        const theta = draw(
          PRIOR_STRENGTH * mu + t.successes,
          PRIOR_STRENGTH * (1 - mu) + t.trials - t.successes,
        );
        w = clamp((theta / base) ** SHARPNESS);
        cache.set(key, w);
      }
      return w;
    },
  };
}
