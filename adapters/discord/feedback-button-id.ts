import { z } from 'zod';
import { CHECKIN_ANSWERS, INITIAL_ANSWERS } from '../../src/domain/intro.ts';

export type ButtonAnswer = (typeof INITIAL_ANSWERS)[number] | (typeof CHECKIN_ANSWERS)[number];

/** `fb` for nudge and check-in buttons, `ask` for the private ask, whose buttons stay after an answer. */
export type ButtonSource = 'fb' | 'ask';

/**
 * A feedback button's custom_id: `kindred:<fb|ask>:<guild>:<intro>:<answer>`. Button
 * presses in a DM carry no guild, so the community travels in the id (at most 100 characters).
 */
export function feedbackButtonId(
  guildId: string,
  introId: number,
  answer: ButtonAnswer,
  source: ButtonSource = 'fb',
): string {
  return `kindred:${source}:${guildId}:${introId}:${answer}`;
}

const buttonIdSchema = z
  .string()
  .max(100)
  .transform((id) => id.split(':'))
  .pipe(
    z.tuple([
      z.literal('kindred'),
      z.enum(['fb', 'ask']),
      z.string().regex(/^\d{17,20}$/),
      z
        .string()
        .regex(/^[1-9]\d{0,15}$/)
        .transform(Number),
      z.enum([...INITIAL_ANSWERS, ...CHECKIN_ANSWERS]),
    ]),
  );

/** The press a custom_id stands for, or undefined for a button that is not Kindred's feedback. */
export function parseFeedbackButtonId(
  customId: string,
): { guildId: string; introId: number; answer: ButtonAnswer; source: ButtonSource } | undefined {
  const parsed = buttonIdSchema.safeParse(customId);
  if (!parsed.success) return undefined;
  const [, source, guildId, introId, answer] = parsed.data;
  return { guildId, introId, answer, source };
}

export const isFeedbackButtonId = (customId: string): boolean =>
  customId.startsWith('kindred:fb:') || customId.startsWith('kindred:ask:');
