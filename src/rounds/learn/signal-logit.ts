import type { PairDataset } from './pair-dataset.ts';
import { GLOBALS, type PairModel } from './pair-model.ts';

/**
 * The model's log-odds, at its posterior mean, that row `r` of `data` is a "genuine" answer:
 * the global coefficients, each shared interest's own effect and the answering member's
 * offset. Interests and members the model never saw count as their prior mean, zero.
 */
export function signalLogit(model: PairModel, data: PairDataset, r: number): number {
  let z = 0;
  for (let j = 0; j < GLOBALS; j++) z += data.dense[r * GLOBALS + j]! * model.global[j]!;
  for (let k = data.interestStart[r]!; k < data.interestStart[r + 1]!; k++)
    z += model.interests.get(data.interestKeys[data.interestSlot[k]!]!)?.mean ?? 0;
  return z + (model.raters.get(data.raterIds[data.rater[r]!]!)?.mean ?? 0);
}
