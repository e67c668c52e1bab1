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

/** The question a nudge or check-in asks; `others` is the platform's rendering of the people met. */
export function followUpQuestion(kind: 'nudge' | 'checkin', others: string): string {
  return kind === 'nudge'
    ? `A few days ago I introduced you to ${others}. How did it go?`
    : `A while ago you met ${others} through Kindred. Are you still in touch?`;
}
