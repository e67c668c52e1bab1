import type { App } from '@slack/bolt';
import { purgeCommunity } from '../../../src/members/purge-community.ts';
import { communityLog, type SlackDeps } from '../slack-deps.ts';

/**
 * Uninstalling the app (or revoking its bot token) ends Kindred in that workspace: the
 * community and everything about its members is deleted at once. Slack sends these two
 * events without an installation to authorize, so they arrive even though the token is dead.
 */
export function registerLifecycle(app: App, deps: SlackDeps): void {
  const purge = async (teamId: string, why: string) => {
    const log = communityLog(deps, teamId);
    const result = await purgeCommunity(deps.runtime, { platform: 'slack', externalId: teamId });
    log.info({ why, purged: result.ok && result.value.purged }, 'slack: workspace data deleted');
  };

  app.event('app_uninstalled', async ({ body }) => purge(body.team_id, 'app_uninstalled'));

  app.event('tokens_revoked', async ({ event, body }) => {
    // Only the bot's token matters: Kindred holds no user tokens, and one app has one bot.
    const bots: unknown = (event as { tokens?: { bot?: unknown } }).tokens?.bot;
    if (!Array.isArray(bots) || bots.length === 0) return;
    await purge(body.team_id, 'tokens_revoked');
  });
}
