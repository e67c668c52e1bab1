import type { webApi } from '@slack/bolt';
import { slackErrorCode } from '../map-slack-error.ts';

export type UserState = 'member' | 'gone' | 'unknown';

/** Beyond this many people, one paged users.list costs fewer calls than a users.info each. */
const LIST_THRESHOLD = 40;

/**
 * What users.info says about one user: deactivated (`deleted: true`), unknown to the
 * workspace (`user_not_found`) and bots are `gone`; a failed look-up is `unknown`, and
 * `unknown` counts as a member — a failed call must not silently drop anyone.
 */
export async function userState(client: webApi.WebClient, userId: string): Promise<UserState> {
  try {
    const { user } = await client.users.info({ user: userId });
    return user?.deleted || user?.is_bot ? 'gone' : 'member';
  } catch (error) {
    if (slackErrorCode(error) === 'user_not_found') return 'gone';
    return 'unknown';
  }
}

/**
 * The users who still belong to the workspace. A few are looked up one by one; a round's
 * worth through users.list (Tier 2, 200 a page): 5,000 members are 25 calls instead of
 * 5,000 Tier-4 calls. If the list fails part way, the rest count as members.
 */
export async function activeMembers(client: webApi.WebClient, userIds: string[]): Promise<Set<string>> {
  if (userIds.length > LIST_THRESHOLD) {
    const present = await presentFromList(client);
    if (present) return new Set(userIds.filter((id) => present.has(id)));
  }
  const states = await Promise.all(userIds.map(async (id) => [id, await userState(client, id)] as const));
  return new Set(states.filter(([, state]) => state !== 'gone').map(([id]) => id));
}

/** Active human users, from every page of users.list; undefined if the list failed. */
async function presentFromList(client: webApi.WebClient): Promise<Set<string> | undefined> {
  const present = new Set<string>();
  let cursor: string | undefined;
  try {
    do {
      const page = await client.users.list({ limit: 200, ...(cursor ? { cursor } : {}) });
      for (const user of page.members ?? [])
        if (user.id && !user.deleted && !user.is_bot) present.add(user.id);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
  } catch {
    return undefined;
  }
  return present;
}
