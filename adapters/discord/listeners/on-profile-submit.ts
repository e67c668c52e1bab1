import { MessageFlags, type ModalSubmitInteraction } from 'discord.js';
import { handleIntroCommand } from '../../../src/commands/handle-intro-command.ts';
import { messageFor } from '../../../src/commands/messages.ts';
import { updateProfile } from '../../../src/members/update-profile.ts';
import { parseProfileForm } from '../profile-form.ts';
import { PROFILE_FIELDS } from '../profile-modal.ts';
import { commandContext } from './command-context.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { replyOptions } from './reply-options.ts';

const FORM_PROBLEMS = {
  'form.invalid': 'I could not read that form. Please run `/intro join` again.',
  'form.empty':
    'Tell me at least one hobby or cause, so I can find you a match. Run `/intro join` to try again.',
} as const;

function fieldValues(interaction: ModalSubmitInteraction): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.values(PROFILE_FIELDS).map((id) => [
      id,
      interaction.fields.fields.has(id) ? interaction.fields.getTextInputValue(id) : undefined,
    ]),
  );
}

/**
 * The profile form's submit, a new interaction of its own: validate, save through the
 * members' use-case, and answer privately with the profile as it now stands.
 */
export async function onProfileSubmit(
  deps: HandlerDeps,
  interaction: ModalSubmitInteraction,
): Promise<string> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  if (!interaction.inGuild()) {
    await interaction.editReply(FORM_PROBLEMS['form.invalid']);
    return 'profile_form';
  }
  const form = parseProfileForm(fieldValues(interaction));
  if (!form.ok) {
    await interaction.editReply(FORM_PROBLEMS[form.problem]);
    return 'profile_form';
  }
  const ctx = commandContext(interaction);
  const ref = { platform: 'discord' as const, externalId: ctx.communityExternalId, userId: ctx.userId };
  const saved = await updateProfile(deps, ref, form.input);
  if (!saved.ok) {
    await interaction.editReply({
      content: messageFor(saved.code, saved.detail),
      allowedMentions: { parse: [] },
    });
    return 'profile_form';
  }
  const profile = await handleIntroCommand(deps, ctx, { word: 'profile' });
  const cadenceNote = form.cadenceIgnored
    ? `\nI kept how often you meet people as it was: "${form.cadenceIgnored.slice(0, 20)}" is not weekly, biweekly or monthly.`
    : '';
  await interaction.editReply(
    replyOptions({ text: `Saved. Here is what I know about you now:\n${profile.text}${cadenceNote}` }),
  );
  return 'profile_form';
}
