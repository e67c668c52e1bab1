import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/**
 * Exactly what Kindred needs in a server: see the intros channel and its history, post,
 * open private threads and write in them. No Add Reactions (answers are asked in DMs,
 * with buttons), no Administrator, no Manage Threads, no privileged intents.
 */
export const KINDRED_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.CreatePrivateThreads |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.ReadMessageHistory;

/** The invite link a server admin opens to add Kindred (scopes `bot applications.commands`). */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: KINDRED_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
