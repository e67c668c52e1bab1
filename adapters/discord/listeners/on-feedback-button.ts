import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { recordFeedback } from '../../../src/rounds/record-feedback.ts';
import { FEEDBACK_EMOJI } from '../feedback-emoji.ts';
import { parseFeedbackButtonId } from '../feedback-button-id.ts';
import type { HandlerDeps } from './handler-deps.ts';

const THANKS: Record<string, string> = {
  ...Object.fromEntries(FEEDBACK_EMOJI.map((e) => [e.answer, `${e.emoji} Thanks! Noted: ${e.label}.`])),
  in_touch: 'Lovely to hear you are still in touch. Thanks!',
  not_in_touch: 'Thanks for telling me. It helps me make better intros.',
};

/**
 * An answer button on a nudge or check-in DM: the same feedback as a reaction, from a
 * click. The custom_id carries the guild, the intro and the answer (validated here);
 * the message is updated in place, its buttons replaced by the answer, so the question
 * is visibly settled and cannot be clicked twice.
 */
export async function onFeedbackButton(deps: HandlerDeps, interaction: ButtonInteraction): Promise<string> {
  const press = parseFeedbackButtonId(interaction.customId);
  if (!press) {
    deps.log.warn({ customId: interaction.customId.slice(0, 100) }, 'discord: unreadable feedback button');
    await interaction.reply({
      content: 'That button is too old for me to read.',
      flags: MessageFlags.Ephemeral,
    });
    return 'feedback_button';
  }
  const result = await recordFeedback(deps, {
    platform: 'discord',
    communityExternalId: press.guildId,
    userId: interaction.user.id,
    introId: press.introId,
    answer: press.answer,
    source: 'button',
  });
  if (!result.ok) {
    deps.log.info({ code: result.code }, 'discord: feedback button not recorded');
    await interaction.reply({
      content: 'I could not record that answer: this introduction is no longer open.',
      flags: MessageFlags.Ephemeral,
    });
    return 'feedback_button';
  }
  await interaction.update({
    content: `${interaction.message.content}\n\n${THANKS[press.answer] ?? 'Thanks!'}`,
    components: [],
    allowedMentions: { parse: [] },
  });
  return 'feedback_button';
}
