import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';

/**
 * Whether Slack says this person administers the workspace (admin, owner or primary
 * owner, from users.info). A failed look-up is "no": KINDRED_ADMINS still applies.
 */
export async function isWorkspaceAdmin(
  client: webApi.WebClient,
  userId: string,
  log: Logger,
): Promise<boolean> {
  try {
    const { user } = await client.users.info({ user: userId });
    return Boolean(!user?.deleted && (user?.is_admin || user?.is_owner || user?.is_primary_owner));
  } catch (err) {
    log.warn({ err }, 'slack: users.info failed; treating the caller as a non-admin');
    return false;
  }
}
