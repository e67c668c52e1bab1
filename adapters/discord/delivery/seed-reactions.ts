import type { Message } from 'discord.js';
import type { Logger } from '../../../src/log.ts';
import { FEEDBACK_EMOJI } from '../feedback-emoji.ts';

/**
 * Adds the three feedback reactions, in order, so members answer with one click. Best
 * effort: the intro is already posted and names the emoji, so a failure here is logged
 * rather than failing (and re-sending) the delivery.
 */
export async function seedReactions(message: Message, log: Logger): Promise<void> {
  for (const { emoji } of FEEDBACK_EMOJI) {
    try {
      await message.react(emoji);
    } catch (error) {
      log.warn({ err: error, messageId: message.id, emoji }, 'discord: could not seed a feedback reaction');
      return;
    }
  }
}
