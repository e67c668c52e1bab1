import type { PaceRule } from '../../../src/rounds/delivery/pacing/pace-rule.ts';

/**
 * Slack's published limits for the methods delivery calls, per workspace: Tier 2 is
 * "20+ per minute", Tier 3 "50+", Tier 4 "100+", and chat.postMessage about one message
 * per second per channel. Each rule stays just under its limit counted over any rolling
 * minute (burst + 60 s of pace <= the tier), since a 429 costs more than a short wait.
 * Methods missing here (views.open, auth.test) are interactive and never paced.
 */
export const SLACK_PACE: Readonly<Record<string, PaceRule & { perChannel?: true }>> = {
  'conversations.open': { perMinute: 48, burst: 1 },
  'conversations.history': { perMinute: 48, burst: 1 },
  'users.list': { perMinute: 19, burst: 1 },
  'users.info': { perMinute: 97, burst: 2 },
  'chat.postMessage': { perMinute: 55, burst: 1, perChannel: true },
  'reactions.add': { perMinute: 48, burst: 1, optional: true },
};

/** The key a call is paced under: the workspace and method, and the channel where limits are per channel. */
export function slackPaceKey(teamId: string, method: string, options: unknown): string | undefined {
  const rule = Object.hasOwn(SLACK_PACE, method) ? SLACK_PACE[method] : undefined;
  if (!rule) return undefined;
  const channel = (options as { channel?: unknown } | undefined)?.channel;
  return rule.perChannel && typeof channel === 'string'
    ? `slack:${teamId}:${method}:${channel}`
    : `slack:${teamId}:${method}`;
}
