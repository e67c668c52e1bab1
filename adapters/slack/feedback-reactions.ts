import type { FeedbackAnswer } from '../../src/platform.ts';

/** The reactions an intro message offers, each one answer about how the intro felt. */
export const FEEDBACK_REACTIONS: ReadonlyArray<{ name: string; answer: FeedbackAnswer; label: string }> = [
  { name: 'handshake', answer: 'genuine', label: 'felt genuine' },
  { name: 'neutral_face', answer: 'transactional', label: 'felt transactional' },
  { name: 'no_entry_sign', answer: 'no_show', label: "we didn't meet" },
];

/**
 * The answer a reaction gives, or undefined for any other emoji. Slack names a reaction
 * with a skin tone `handshake::skin-tone-3`: it is the same answer.
 */
export function answerForReaction(reaction: string): FeedbackAnswer | undefined {
  const base = reaction.split('::')[0];
  return FEEDBACK_REACTIONS.find((r) => r.name === base)?.answer;
}
