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
 * An answer button on a private ask, nudge or check-in DM: the same feedback as a
 * reaction, from a click by the member whose DM it is. The custom_id carries the guild,
 * the intro and the answer (validated here); the person is whoever pressed. The message is
 * updated in place through the interaction's own reply (no other API call): an ask keeps
 * its buttons and shows the answer noted, so it can be changed; a nudge or check-in has
 * its buttons replaced by thanks.
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
      content: 'I could not record that answer: this introduction is no longer open to you.',
      flags: MessageFlags.Ephemeral,
    });
    return 'feedback_button';
  }
  if (press.source === 'ask') {
    // Buttons are left as they are (an update without `components` keeps them): the
    // answer can still be changed, and the same reply says which one is noted.
    await interaction.update({
      content: withAnswer(interaction.message.content, press.answer),
      allowedMentions: { parse: [] },
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

const NOTED = 'Noted, privately:';

/** The ask's text with one line naming the answer given, replacing any earlier one. */
function withAnswer(content: string, answer: string): string {
  const choice = FEEDBACK_EMOJI.find((e) => e.answer === answer);
  const line = `${NOTED} ${choice ? `${choice.emoji} ${choice.label}` : answer}. Press another button to change it.`;
  const kept = content.split('\n').filter((l) => !l.startsWith(NOTED));
  return [...kept, line].join('\n').slice(0, 2000);
}
