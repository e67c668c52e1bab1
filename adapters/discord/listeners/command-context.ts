import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { CommandContext } from '../../../src/commands/intro-command.ts';

/**
 * Who asked, for an interaction in a guild. Admins are members with Manage Server in
 * this channel (`member.permissions` as Discord computed it); KINDRED_ADMINS is added by
 * the core.
 */
export function commandContext(interaction: Interaction & { guildId: string }): CommandContext {
  const { user } = interaction;
  return {
    platform: 'discord',
    communityExternalId: interaction.guildId,
    communityName: interaction.guild?.name ?? null,
    userId: user.id,
    displayName: user.globalName ?? user.username,
    platformAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
}
