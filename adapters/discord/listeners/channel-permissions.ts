import type { Client } from 'discord.js';
import { KINDRED_PERMISSIONS } from '../invite-url.ts';

/**
 * What the bot lacks in a channel to open intros there, by permission name, from the
 * cached guild (roles and overwrites arrive with GUILD_CREATE). Undefined when the cache
 * cannot tell. A channel whose overwrites shut the bot out is the usual reason intros
 * fail with "missing permissions" long after an admin chose it.
 */
export function missingChannelPermissions(client: Client, channelId: string): string[] | undefined {
  const channel = client.channels.cache.get(channelId);
  if (!channel || channel.isDMBased() || !client.user) return undefined;
  return channel.permissionsFor(client.user)?.missing(KINDRED_PERMISSIONS);
}
