import { GatewayIntentBits, Partials, type ClientOptions, type RateLimitData } from 'discord.js';

/**
 * Message creation and thread creation: the outbox's sends. A 429 on them must come back
 * to the outbox as `rate_limited` (it reschedules the row and frees its lease) instead of
 * discord.js sleeping on Retry-After while the worker holds the lease. Every other route
 * (interaction replies, reactions, member look-ups) keeps discord.js's own wait-and-retry.
 */
export function rejectsOnRateLimit(data: Pick<RateLimitData, 'method' | 'route'>): boolean {
  return data.method.toUpperCase() === 'POST' && /^\/channels\/:id\/(messages|threads)$/.test(data.route);
}

/**
 * The discord.js client Kindred runs: no privileged intents, only what feedback needs.
 * - `Guilds`: guilds, channels and threads arrive in the cache; interactions need none.
 * - `GuildMessageReactions` + `DirectMessageReactions`: feedback reactions in threads and DMs.
 * - Partials `Message`, `Reaction`, `User`, `Channel`: without them discord.js drops a
 *   reaction on a message it has not cached, i.e. every intro sent before a restart.
 */
export function discordClientOptions(apiUrl: string, overrides: Partial<ClientOptions> = {}): ClientOptions {
  const { rest, ...others } = overrides;
  return {
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessageReactions,
      GatewayIntentBits.DirectMessageReactions,
    ],
    partials: [Partials.Message, Partials.Channel, Partials.Reaction, Partials.User],
    // Kindred never sends @everyone, roles or replies that ping; each message widens this
    // to exactly the people it introduces.
    allowedMentions: { parse: [], repliedUser: false },
    ...others,
    rest: {
      // discord.js appends /v10 itself; config strips any trailing slash.
      api: apiUrl,
      rejectOnRateLimit: (data) => rejectsOnRateLimit(data),
      ...rest,
    },
  };
}
