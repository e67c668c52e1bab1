import type { webApi } from '@slack/bolt';
import { slackErrorCode } from './map-slack-error.ts';
import type { SlackIdentity } from './slack-app.ts';

/**
 * Asks Slack once, at start, whom the bot token belongs to (auth.test). Failing here with
 * a message that says what to fix beats failing on every request later.
 */
export async function whoAmI(client: webApi.WebClient): Promise<SlackIdentity> {
  let result: webApi.AuthTestResponse;
  try {
    result = await client.auth.test();
  } catch (error) {
    const code = slackErrorCode(error);
    const message = code
      ? `Slack refused SLACK_BOT_TOKEN (${code}). Reinstall the app to the workspace and copy its Bot User OAuth Token (xoxb-…) again.`
      : `Could not reach Slack at SLACK_API_URL to check SLACK_BOT_TOKEN: ${(error as Error).message}`;
    throw new Error(message, { cause: error });
  }
  const { team_id: teamId, user_id: botUserId, bot_id: botId } = result;
  if (!teamId || !botUserId || !botId) {
    throw new Error('SLACK_BOT_TOKEN is not a bot token: use the Bot User OAuth Token (xoxb-…) of the app.');
  }
  return { teamId, botUserId, botId };
}
