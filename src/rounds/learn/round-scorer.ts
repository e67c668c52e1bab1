import type { PairScorer } from '../../matching/pair-scorer.ts';
import type { Rng } from '../../matching/random.ts';
import { modelScorer, modelWeights } from './model-scorer.ts';
import type { PairModel } from './pair-model.ts';

/**
 * The scorer a round matches with: one Thompson draw from the model with `rng`, its
 * posterior mean without, and undefined (rarity alone, the matcher's default) before any
 * answer has been learned from.
 */
export function roundScorer(model: PairModel | null, rng?: Rng): PairScorer | undefined {
  return model ? modelScorer(modelWeights(model, rng)) : undefined;
}
