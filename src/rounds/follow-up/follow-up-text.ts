import type { CheckinAnswer, InitialAnswer } from '../../domain/intro.ts';

/** How an intro felt, in the order every platform offers the answers. */
export const FEEDBACK_CHOICES: ReadonlyArray<{ answer: InitialAnswer; label: string }> = [
  { answer: 'genuine', label: 'felt genuine' },
  { answer: 'transactional', label: 'felt transactional' },
  { answer: 'no_show', label: "we didn't meet" },
];

/** The answers to the "still in touch?" check-in. */
export const CHECKIN_CHOICES: ReadonlyArray<{ answer: CheckinAnswer; label: string }> = [
  { answer: 'in_touch', label: 'Yes, we are in touch' },
  { answer: 'not_in_touch', label: 'Not really' },
];

/**
 * The question a private ask, nudge or check-in puts; `others` is the platform's rendering
 * of the people met. The ask says plainly that partners never see the answer, or people
 * would not answer honestly (organisers' exports still hold it, so it does not claim more).
 */
export function followUpQuestion(kind: 'ask' | 'nudge' | 'checkin', others: string): string {
  if (kind === 'ask')
    return `I have just introduced you to ${others}. Once you have talked, tell me here how it went. Your answer stays private: the people you met never see it.`;
  return kind === 'nudge'
    ? `A few days ago I introduced you to ${others}. How did it go?`
    : `A while ago you met ${others} through Kindred. Are you still in touch?`;
}
