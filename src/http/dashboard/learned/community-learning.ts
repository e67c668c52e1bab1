import { normaliseInterest } from '../../../interests/normalise-interest.ts';
import type { InterestKind } from '../../../matching/types.ts';
import { introGenuineChance } from '../../../rounds/learn/intro-genuine-chance.ts';
import { learnPairModel, learningIndex } from '../../../rounds/learn/learn-pair-model.ts';
import { loadLearningInput } from '../../../rounds/learn/load-learning-input.ts';
import type { Coefficient, PairModel } from '../../../rounds/learn/pair-model.ts';
import type { Queryable } from '../../../store/db.ts';
import { interestOutcomes } from '../queries/interest-outcomes.ts';
import { outcomesByRound, type RoundOutcomes } from '../queries/outcomes-by-round.ts';

/** One interest the model has a coefficient for, with the answers behind it. */
export interface LearnedInterest {
  kind: InterestKind;
  /** As intros named it (the most common spelling), else the matcher's key. */
  label: string;
  effect: Coefficient;
  /** Answered intros that shared it, and of those the genuine ones (the Common ground page's counts). */
  answered: number;
  genuine: number;
}

/** A round's answers beside the model's expectation for the same intros. */
export interface RoundPrediction extends RoundOutcomes {
  /** Summed chance of the answered intros the model can read (members still have profiles). */
  expected: number;
  /** How many answered intros that sum covers. */
  predicted: number;
}

export interface CommunityLearning {
  /** Null before any answer: the matcher then scores by rarity alone. */
  model: PairModel | null;
  /** Share of "genuine" among the answers of members who met, the base for points. */
  base: number;
  interests: LearnedInterest[];
  rounds: RoundPrediction[];
}

/**
 * What the community's pair model has learned: fitted from all its answers by the same
 * learner the rounds use (posterior mean, nothing drawn), each interest's effect beside
 * its answer counts, and per round the model's expected genuine intros against the answers.
 */
export async function communityLearning(
  q: Queryable,
  communityId: number,
  now?: Date,
): Promise<CommunityLearning> {
  const [input, outcomes] = await Promise.all([
    loadLearningInput(q, communityId),
    outcomesByRound(q, communityId),
  ]);
  const model = learnPairModel({ ...input, now });
  let genuineAnswers = 0;
  let metAnswers = 0;
  for (const intro of input.intros)
    for (const answer of Object.values(intro.feedback ?? {})) {
      if (answer === 'genuine') genuineAnswers++;
      if (answer === 'genuine' || answer === 'transactional') metAnswers++;
    }
  const base = metAnswers > 0 ? genuineAnswers / metAnswers : 0.5;
  if (!model)
    return { model, base, interests: [], rounds: outcomes.map((r) => ({ ...r, expected: 0, predicted: 0 })) };

  const index = learningIndex(input.members, now);
  const byPeriod = new Map<string, { expected: number; predicted: number }>();
  for (const intro of input.intros) {
    const chance = introGenuineChance(model, index, intro);
    if (chance === null) continue;
    const round = byPeriod.get(intro.round) ?? { expected: 0, predicted: 0 };
    round.expected += chance;
    round.predicted++;
    byPeriod.set(intro.round, round);
  }
  const rounds = outcomes.map((r) => ({
    ...r,
    ...(byPeriod.get(r.period) ?? { expected: 0, predicted: 0 }),
  }));

  const counts = new Map<string, { answered: number; genuine: number; label: string; intros: number }>();
  const all = await interestOutcomes(q, communityId, {
    q: '',
    kind: 'all',
    sort: 'rank',
    dir: 'asc',
    limit: 1_000_000,
    offset: 0,
  });
  for (const row of all) {
    const key = `${row.kind}:${normaliseInterest(row.interest)}`;
    const seen = counts.get(key);
    if (!seen)
      counts.set(key, {
        answered: row.answered,
        genuine: row.genuine,
        label: row.interest,
        intros: row.intros,
      });
    else {
      seen.answered += row.answered;
      seen.genuine += row.genuine;
      if (row.intros > seen.intros) Object.assign(seen, { label: row.interest, intros: row.intros });
    }
  }
  const interests = [...model.interests].map(([key, effect]): LearnedInterest => {
    const colon = key.indexOf(':');
    const c = counts.get(key);
    return {
      kind: key.slice(0, colon) as InterestKind,
      label: c?.label ?? key.slice(colon + 1),
      effect,
      answered: c?.answered ?? 0,
      genuine: c?.genuine ?? 0,
    };
  });
  return { model, base, interests, rounds };
}
