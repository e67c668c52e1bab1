import type { FeedbackAnswer } from '../../src/platform.ts';
import { FEEDBACK_CHOICES } from '../../src/rounds/follow-up/follow-up-text.ts';

const REACTION_NAMES: Record<FeedbackAnswer, string> = {
  genuine: 'handshake',
  transactional: 'neutral_face',
  no_show: 'no_entry_sign',
};

/** The reactions an intro message offers, each one answer about how the intro felt. */
export const FEEDBACK_REACTIONS: ReadonlyArray<{ name: string; answer: FeedbackAnswer; label: string }> =
  FEEDBACK_CHOICES.map((choice) => ({ ...choice, name: REACTION_NAMES[choice.answer] }));

/**
 * The answer a reaction gives, or undefined for any other emoji. Slack names a reaction
 * with a skin tone `handshake::skin-tone-3`: it is the same answer.
 */
export function answerForReaction(reaction: string): FeedbackAnswer | undefined {
  const base = reaction.split('::')[0];
  return FEEDBACK_REACTIONS.find((r) => r.name === base)?.answer;
}
