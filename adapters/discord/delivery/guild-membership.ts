import { Routes, type APIGuildMember, type Client } from 'discord.js';
import { discordErrorCode } from '../map-discord-error.ts';
import { mapBounded } from './map-bounded.ts';

export type Membership = 'member' | 'gone' | 'unknown' | 'no_guild';

/** Look-ups in flight at once; @discordjs/rest queues per route anyway, this bounds memory. */
const CONCURRENCY = 4;

/**
 * Whether one user is in the guild, by "Get Guild Member". Without the privileged
 * GUILD_MEMBERS intent the member list is closed (50001) and the cache never learns who
 * left, so each person is asked about on their own. 10007 Unknown Member / 10013 Unknown
 * User mean gone; 10004 Unknown Guild means the bot itself was removed; any other
 * failure is `unknown`, which callers count as a member.
 */
export async function membership(client: Client, guildId: string, userId: string): Promise<Membership> {
  try {
    const member = (await client.rest.get(Routes.guildMember(guildId, userId))) as APIGuildMember;
    return member.user?.bot ? 'gone' : 'member';
  } catch (error) {
    const code = discordErrorCode(error);
    if (code === 10007 || code === 10013) return 'gone';
    if (code === 10004) return 'no_guild';
    return 'unknown';
  }
}

/** The users still in the guild (a failed look-up keeps the user: delivery re-checks). */
export async function activeGuildMembers(
  client: Client,
  guildId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  const states = await mapBounded(userIds, CONCURRENCY, (id) => membership(client, guildId, id));
  if (states.includes('no_guild')) return new Set();
  return new Set(userIds.filter((_, i) => states[i] === 'member' || states[i] === 'unknown'));
}
