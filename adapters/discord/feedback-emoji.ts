import type { FeedbackAnswer } from '../../src/platform.ts';
import { FEEDBACK_CHOICES } from '../../src/rounds/follow-up/follow-up-text.ts';

const EMOJI: Record<FeedbackAnswer, string> = { genuine: '🤝', transactional: '😐', no_show: '🚫' };

/** The reactions an intro message offers, each one answer about how the intro felt. */
export const FEEDBACK_EMOJI: ReadonlyArray<{ emoji: string; answer: FeedbackAnswer; label: string }> =
  FEEDBACK_CHOICES.map((choice) => ({ ...choice, emoji: EMOJI[choice.answer] }));

// A skin-tone modifier (🤝🏽) is the same answer; Discord sends the emoji with it.
const SKIN_TONES = /[\u{1F3FB}-\u{1F3FF}]/gu;
// Variation selector 16, which some clients append to text-style emoji.
const VS16 = /\u{FE0F}/gu;

/** The answer a reaction gives, or undefined for any other emoji (custom ones included). */
export function answerForEmoji(emoji: {
  id?: string | null;
  name: string | null;
}): FeedbackAnswer | undefined {
  if (emoji.id || !emoji.name) return undefined;
  const base = emoji.name.replace(SKIN_TONES, '').replace(VS16, '');
  return FEEDBACK_EMOJI.find((e) => e.emoji === base)?.answer;
}
