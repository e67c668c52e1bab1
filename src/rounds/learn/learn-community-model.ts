import type { Queryable } from '../../store/db.ts';
import { learnPairModel } from './learn-pair-model.ts';
import { loadLearningInput } from './load-learning-input.ts';
import type { PairModel } from './pair-model.ts';

/** Last fitted model per community id: each fit starts where the previous one ended. */
export type ModelCache = Map<number, PairModel>;

/**
 * Fits the community's pair model from everything its members have answered; null before
 * the first answer. With a cache, the fit warm-starts from the community's previous model
 * and leaves the new one there.
 */
export async function learnCommunityModel(
  q: Queryable,
  communityId: number,
  options: { cache?: ModelCache; now?: Date } = {},
): Promise<PairModel | null> {
  const input = await loadLearningInput(q, communityId);
  const model = learnPairModel({ ...input, previous: options.cache?.get(communityId), now: options.now });
  if (model) options.cache?.set(communityId, model);
  return model;
}
