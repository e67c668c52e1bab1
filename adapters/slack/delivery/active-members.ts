import type { webApi } from '@slack/bolt';
import { slackErrorCode } from '../map-slack-error.ts';

export type UserState = 'member' | 'gone' | 'unknown';

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

/** The users who still belong to the workspace, looked up concurrently. */
export async function activeMembers(client: webApi.WebClient, userIds: string[]): Promise<Set<string>> {
  const states = await Promise.all(userIds.map(async (id) => [id, await userState(client, id)] as const));
  return new Set(states.filter(([, state]) => state !== 'gone').map(([id]) => id));
}
