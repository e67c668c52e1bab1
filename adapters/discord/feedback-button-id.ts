import { z } from 'zod';
import { CHECKIN_ANSWERS, INITIAL_ANSWERS } from '../../src/domain/intro.ts';

export type ButtonAnswer = (typeof INITIAL_ANSWERS)[number] | (typeof CHECKIN_ANSWERS)[number];

const PREFIX = 'kindred:fb';

/**
 * A feedback button's custom_id: `kindred:fb:<guild>:<intro>:<answer>`. Button presses in
 * a DM carry no guild, so the community travels in the id (at most 100 characters).
 */
export function feedbackButtonId(guildId: string, introId: number, answer: ButtonAnswer): string {
  return `${PREFIX}:${guildId}:${introId}:${answer}`;
}

const buttonIdSchema = z
  .string()
  .max(100)
  .transform((id) => id.split(':'))
  .pipe(
    z.tuple([
      z.literal('kindred'),
      z.literal('fb'),
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
): { guildId: string; introId: number; answer: ButtonAnswer } | undefined {
  const parsed = buttonIdSchema.safeParse(customId);
  if (!parsed.success) return undefined;
  const [, , guildId, introId, answer] = parsed.data;
  return { guildId, introId, answer };
}

export const isFeedbackButtonId = (customId: string): boolean => customId.startsWith(`${PREFIX}:`);
