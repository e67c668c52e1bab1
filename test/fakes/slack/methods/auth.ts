import { ok, type MethodContext, type SlackResult } from './context.ts';

/** auth.test: who the bot token belongs to (Bolt calls it to learn its own user id). */
export function authTest({ workspace }: MethodContext): SlackResult {
  const { team, bot } = workspace;
  return ok({
    url: `https://${team.domain}.slack.com/`,
    team: team.name,
    user: bot.name,
    team_id: team.id,
    user_id: bot.userId,
    bot_id: bot.botId,
    is_enterprise_install: false,
  });
}

export function teamInfo({ workspace }: MethodContext): SlackResult {
  const { team } = workspace;
  return ok({
    team: {
      id: team.id,
      name: team.name,
      url: `https://${team.domain}.slack.com/`,
      domain: team.domain,
      email_domain: '',
      icon: {
        image_default: true,
        image_34: '',
        image_44: '',
        image_68: '',
        image_88: '',
        image_102: '',
        image_132: '',
      },
      is_verified: false,
    },
  });
}

/** apps.connections.open: a fresh single-use WebSocket URL for Socket Mode. */
export function appsConnectionsOpen({ openSocketUrl }: MethodContext): SlackResult {
  return ok({ url: openSocketUrl() });
}
