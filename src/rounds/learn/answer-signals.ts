import type { FeedbackAnswer, PastIntro } from '../../matching/types.ts';

/** What a member said at the check-in weeks later. */
export type CheckinAnswer = 'in_touch' | 'not_in_touch';

/** A past intro with every answer it got: first answers and check-ins, keyed by member id. */
export interface AnsweredIntro extends PastIntro {
  checkin?: Record<string, CheckinAnswer>;
}

/** One member's verdict on meeting one other member. */
export interface PairSignal {
  rater: string;
  partner: string;
  /** Whether the intro was a trio (the pair met with a third person). */
  trio: boolean;
  genuine: boolean;
  /** How much the answer counts; a trio splits a member's answer over their two pairs. */
  weight: number;
  round: string;
}

/**
 * How much each answer teaches about whether a pair bonds. Still being in touch weeks later
 * is the strongest evidence; not being in touch is weaker than "transactional", since good
 * connections drift apart too. "Didn't meet" is missing: it says whether people turn up,
 * not whether they bond, and no answer at all is no evidence either way.
 */
export const SIGNAL_WEIGHT: Record<'genuine' | 'transactional' | CheckinAnswer, number> = {
  genuine: 1,
  transactional: 1,
  in_touch: 2,
  not_in_touch: 0.5,
};

const GENUINE = new Set(['genuine', 'in_touch']);

/**
 * Turns answers into per-pair signals. A member's answer about a trio teaches each pair of
 * the trio that includes them, each with a share of the answer's weight.
 */
export function answerSignals(intros: ReadonlyArray<AnsweredIntro>): PairSignal[] {
  const signals: PairSignal[] = [];
  for (const intro of intros) {
    const members = [...new Set(intro.members)];
    if (members.length < 2) continue;
    const trio = members.length > 2;
    const answers: [string, FeedbackAnswer | CheckinAnswer][] = [
      ...Object.entries(intro.feedback ?? {}),
      ...Object.entries(intro.checkin ?? {}),
    ];
    for (const [rater, answer] of answers) {
      if (answer === 'no_show' || !members.includes(rater)) continue;
      const weight = SIGNAL_WEIGHT[answer] / (members.length - 1);
      for (const partner of members) {
        if (partner === rater) continue;
        signals.push({ rater, partner, trio, genuine: GENUINE.has(answer), weight, round: intro.round });
      }
    }
  }
  return signals;
}
