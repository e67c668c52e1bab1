import { indexCommunity, type CommunityIndex } from '../../matching/community-index.ts';
import { idfScorer } from '../../matching/idf-scorer.ts';
import { DEFAULT_REFERENCE_DATE } from '../../matching/match-context.ts';
import type { MatchMember } from '../../matching/types.ts';
import { DEFAULT_SCORING } from '../../matching/scoring-weights.ts';
import { answerSignals, type AnsweredIntro } from './answer-signals.ts';
import { fitPairModel } from './fit-pair-model.ts';
import { pairDataset } from './pair-dataset.ts';
import type { PairModel } from './pair-model.ts';

/**
 * How many rounds it takes for an answer to count half as much: what bonds people can
 * change, and recent answers say more about now.
 */
export const RECENCY_HALF_LIFE = 8;

export interface LearnInput {
  /** Everyone whose profile is known (past partners included), for features and rarity. */
  members: ReadonlyArray<MatchMember>;
  /** Past intros with their answers, oldest first; a round is one distinct `round` value. */
  intros: ReadonlyArray<AnsweredIntro>;
  /** Last round's model, to start the fit from. */
  previous?: PairModel | null;
  /** Reference instant for time-zone offsets. */
  now?: Date;
}

/** The members as the learner sees them: rarity over all of them, clocks at `now`. */
export function learningIndex(members: ReadonlyArray<MatchMember>, now?: Date): CommunityIndex {
  return indexCommunity(members, { scorer: idfScorer(DEFAULT_SCORING), at: now ?? DEFAULT_REFERENCE_DATE });
}

/**
 * The pair model learned from every answer so far, or null when there is no answer to
 * learn from yet (the matcher then scores by rarity alone, exactly as before any feedback).
 */
export function learnPairModel(input: LearnInput): PairModel | null {
  const signals = answerSignals(input.intros);
  if (signals.length === 0) return null;
  const order = new Map<string, number>();
  for (const intro of input.intros) if (!order.has(intro.round)) order.set(intro.round, order.size);
  const latest = order.size - 1;
  const roundWeight = (round: string) => 0.5 ** ((latest - (order.get(round) ?? latest)) / RECENCY_HALF_LIFE);
  const index = learningIndex(input.members, input.now);
  const data = pairDataset(index, signals, roundWeight);
  if (data.rows === 0) return null;
  return fitPairModel(data, { start: input.previous ?? undefined });
}
