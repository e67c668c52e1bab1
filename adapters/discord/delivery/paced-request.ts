import { DefaultRestOptions, type RESTOptions } from 'discord.js';
import type { PaceRule } from '../../../src/rounds/delivery/pacing/pace-rule.ts';
import type { Pacer } from '../../../src/rounds/delivery/pacing/shared-pacer.ts';

type MakeRequest = RESTOptions['makeRequest'];

/**
 * Discord's limits that span processes: 50 requests a second per bot (interaction
 * responses are exempt), opening DMs, which Discord limits by undocumented anti-spam
 * rules, kept to a steady trickle, and each route's bucket, which Discord describes in
 * response headers: once a bucket says it has no request left, every process waits out
 * its reset. (A bucket key only ever holds such waits: its own pace is effectively none.)
 */
export const DISCORD_PACE = {
  global: { perMinute: 45 * 60, burst: 5 },
  openDm: { perMinute: 60, burst: 2 },
  bucket: { perMinute: 600_000, burst: 1 },
} satisfies Record<string, PaceRule>;

// Ids that are a route's major parameter: Discord's buckets are per channel, guild or webhook.
const MAJOR = /^\/(?:api\/v\d+\/)?(channels|guilds|webhooks)\/(\d+)/;

/** A route as Discord buckets it: the method, the major parameter, other ids as `:id`. */
export function discordRoute(method: string, url: string): string {
  const path = new URL(url).pathname;
  const major = MAJOR.exec(path);
  const rest = path.replace(/\d{15,21}/g, ':id');
  return `${method.toUpperCase()} ${rest}${major ? ` ${major[1]}:${major[2]}` : ''}`;
}

/** The keys one request is paced under. */
export function discordPaceKeys(method: string, url: string): Array<[string, PaceRule]> {
  const path = new URL(url).pathname;
  if (/\/interactions\/|\/webhooks\//.test(path)) return [];
  const keys: Array<[string, PaceRule]> = [['discord:global', DISCORD_PACE.global]];
  if (method.toUpperCase() === 'POST' && path.endsWith('/users/@me/channels'))
    keys.push(['discord:dm-open', DISCORD_PACE.openDm]);
  return keys;
}

/** A 429 as Discord sends it, so discord.js treats a slot that is too far away like a real limit. */
function tooManyRequests(retryAfterMs: number): Response {
  const seconds = (retryAfterMs / 1000).toFixed(3);
  return new Response(
    JSON.stringify({ message: 'You are being rate limited.', retry_after: Number(seconds), global: false }),
    {
      status: 429,
      headers: {
        'content-type': 'application/json',
        'retry-after': String(Math.ceil(retryAfterMs / 1000)),
        'x-ratelimit-scope': 'user',
      },
    },
  );
}

/**
 * discord.js's request function, paced through the database first: each request reserves
 * its slots (shared by every process) and sleeps until then; a slot further away than
 * `maxWaitMs` is answered as a 429 without calling Discord, and a real 429 pushes the
 * key's next slot past its retry time.
 */
export function pacedRequest(
  pace: { pacer: Pacer; maxWaitMs: number; sleep?: (ms: number) => Promise<void> },
  base: MakeRequest = DefaultRestOptions.makeRequest,
): MakeRequest {
  const sleep = pace.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // The bucket each route answered with last; learned from responses, as discord.js does.
  const buckets = new Map<string, string>();
  return async (url, init) => {
    const method = init.method ?? 'GET';
    const route = discordRoute(method, url);
    const keys = discordPaceKeys(method, url);
    const known = buckets.get(route);
    if (known && keys.length > 0) keys.push([known, DISCORD_PACE.bucket]);
    for (const [key, rule] of keys) {
      const slot = await pace.pacer.reserve(key, rule, pace.maxWaitMs);
      if (!slot.ok) return tooManyRequests(slot.retryAfterMs);
      if (slot.waitMs > 0) await sleep(slot.waitMs);
    }
    const response = await base(url, init);
    const bucket = response.headers.get('x-ratelimit-bucket');
    if (bucket && keys.length > 0) {
      const key = `discord:bucket:${bucket}:${route.split(' ').at(-1)}`;
      buckets.set(route, key);
      const resetAfter = Number(response.headers.get('x-ratelimit-reset-after'));
      if (response.headers.get('x-ratelimit-remaining') === '0' && resetAfter > 0)
        await pace.pacer.holdOff(key, DISCORD_PACE.bucket, resetAfter * 1000).catch(() => {});
    }
    if (response.status === 429) {
      // A global 429 stops every request; a route's own 429 only that route's key.
      const global = response.headers.get('x-ratelimit-global') === 'true';
      const retryAfter = Number(response.headers.get('retry-after')) || 1;
      for (const [key, rule] of keys)
        if (global === (key === 'discord:global'))
          await pace.pacer.holdOff(key, rule, retryAfter * 1000).catch(() => {});
    }
    return response;
  };
}
