import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { handleIntroCommand } from '../../../src/commands/handle-intro-command.ts';
import type { CommandContext } from '../../../src/commands/intro-command.ts';
import { optionsToCommand } from '../options-to-command.ts';
import { missingChannelPermissions } from './channel-permissions.ts';
import { commandContext } from './command-context.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { openProfileForm } from './open-profile-form.ts';
import { replyOptions } from './reply-options.ts';

const channelPermissionsWarning = (missing: string[]) =>
  `Heads up: my role lacks ${missing.join(', ')} in that channel, so intros there will fail until it has them.`;

const isAdmin = (deps: HandlerDeps, ctx: CommandContext) =>
  ctx.platformAdmin || deps.config.admins.includes(ctx.userId);

export const OUTSIDE_SERVER_REPLY =
  'Kindred introduces members of a server to each other, so `/intro` works inside a server: use it in a channel of a server we share.';

/**
 * `/intro <word>`. Discord wants an answer within 3 s: every word but `join` defers first
 * (ephemeral, "thinking…") and edits that reply, so a slow database or a round being
 * planned never loses the interaction. `join` must answer with its modal (showModal is
 * the response, it cannot follow a defer), so it joins and opens the form at once.
 */
export async function onIntroCommand(
  deps: HandlerDeps,
  interaction: ChatInputCommandInteraction,
): Promise<string> {
  if (!interaction.inGuild()) {
    await interaction.reply({ content: OUTSIDE_SERVER_REPLY, flags: MessageFlags.Ephemeral });
    return 'outside_server';
  }
  const command = optionsToCommand(interaction.options.data);
  const ctx = commandContext(interaction);
  if (command.word === 'join') {
    const reply = await handleIntroCommand(deps, ctx, command);
    if (reply.openProfileForm) await openProfileForm(deps, interaction, ctx);
    else await interaction.reply({ ...replyOptions(reply), flags: MessageFlags.Ephemeral });
    return command.word;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = await handleIntroCommand(deps, ctx, command);
  if (command.word === 'admin_channel' && isAdmin(deps, ctx)) {
    const missing = missingChannelPermissions(interaction.client, command.channelId);
    if (missing?.length) reply.text += `\n${channelPermissionsWarning(missing)}`;
  }
  await interaction.editReply(replyOptions(reply));
  return command.word;
}
