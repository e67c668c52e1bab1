import type { Client } from 'discord.js';
import type { DeliveryResult } from '../../../src/platform.ts';
import { membership } from './guild-membership.ts';

/**
 * Checks everyone in an intro is still in the server before anything is posted: someone
 * who left can neither be added to a thread (10007) nor, sharing no server with the bot,
 * be sent a DM (which Discord reports as 50007, as if their DMs were closed). Asking
 * first names the real reason and leaves no half-made thread behind.
 */
export async function checkGroup(
  client: Client,
  guildId: string,
  userIds: readonly string[],
): Promise<DeliveryResult | undefined> {
  for (const userId of userIds) {
    const state = await membership(client, guildId, userId);
    if (state === 'gone')
      return { ok: false, kind: 'permanent', code: 'user_gone', userId, detail: 'not in the server' };
    if (state === 'no_guild')
      return { ok: false, kind: 'permanent', code: 'community_gone', detail: 'the bot is not in the server' };
  }
  return undefined;
}
