import type { CommunityIndex } from '../../matching/community-index.ts';
import { answerSignals, type AnsweredIntro } from './answer-signals.ts';
import { pairDataset } from './pair-dataset.ts';
import type { PairModel } from './pair-model.ts';
import { signalLogit } from './signal-logit.ts';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The model's chance that an answered intro counts as genuine (at least one member said
 * so), given what its members said about meeting: each member who answered "genuine" or
 * "transactional" calls it genuine with the model's chance for their pair (the mean of
 * their two pairs in a trio), independently of the others; someone who did not meet
 * cannot. Null when nobody answered, or when nobody who met still has a profile.
 */
export function introGenuineChance(
  model: PairModel,
  index: CommunityIndex,
  intro: AnsweredIntro,
): number | null {
  const answers = Object.values(intro.feedback ?? {});
  if (answers.length === 0) return null;
  if (!answers.some((a) => a === 'genuine' || a === 'transactional')) return 0;
  const data = pairDataset(index, answerSignals([{ ...intro, checkin: {} }]));
  if (data.rows === 0) return null;
  const sum = new Float64Array(data.raterIds.length);
  const pairs = new Float64Array(data.raterIds.length);
  for (let r = 0; r < data.rows; r++) {
    sum[data.rater[r]!] = sum[data.rater[r]!]! + sigmoid(signalLogit(model, data, r));
    pairs[data.rater[r]!] = pairs[data.rater[r]!]! + 1;
  }
  let noneGenuine = 1;
  for (let s = 0; s < sum.length; s++) noneGenuine *= 1 - sum[s]! / pairs[s]!;
  return 1 - noneGenuine;
}
