import { describe, expect, it } from 'vitest';
import { discordRoute, pacedRequest } from '../../../adapters/discord/delivery/paced-request.ts';
import { createSharedPacer } from '../../../src/rounds/delivery/pacing/shared-pacer.ts';
import { DRIVERS, useTestDb } from '../../support/test-db.ts';

const API = 'http://127.0.0.1:1/api/v10';
const CHANNEL = '1577747035195572225';

/** A stand-in for Discord's REST answers, with the rate-limit headers it sends. */
function discordAnswering(headers: (n: number) => Record<string, string>, status = 200) {
  let n = 0;
  const calls: string[] = [];
  const base = async (url: string, init: { method?: string }) => {
    calls.push(`${init.method} ${new URL(url).pathname}`);
    return new Response('{}', { status, headers: { 'content-type': 'application/json', ...headers(++n) } });
  };
  return { base, calls };
}

describe.each(DRIVERS)('Discord requests paced through the database on %s', (driver) => {
  const store = useTestDb(driver);
  const fixed = () => new Date(Date.UTC(2026, 11, 2, 12));

  it('names routes as Discord buckets them: by method, major parameter and route shape', () => {
    expect(discordRoute('post', `${API}/channels/${CHANNEL}/messages`)).toBe(
      `POST /api/v10/channels/:id/messages channels:${CHANNEL}`,
    );
    expect(discordRoute('PUT', `${API}/channels/${CHANNEL}/thread-members/1577747035195572226`)).toBe(
      `PUT /api/v10/channels/:id/thread-members/:id channels:${CHANNEL}`,
    );
  });

  it('GIVEN a bucket that says it has no request left THEN the next request on that route, from any process, waits out its reset', async () => {
    const waits: number[] = [];
    const pace = () => ({
      pacer: createSharedPacer({ db: store.db, now: fixed }),
      maxWaitMs: 20_000,
      sleep: async (ms: number) => void waits.push(ms),
    });
    const bucket = `b${Date.now()}`;
    const discord = discordAnswering((n) => ({
      'x-ratelimit-bucket': bucket,
      'x-ratelimit-remaining': n === 2 ? '0' : '4',
      'x-ratelimit-reset-after': '2.5',
    }));
    const first = pacedRequest(pace(), discord.base);
    const second = pacedRequest(pace(), discord.base);
    const url = `${API}/channels/${CHANNEL}/messages`;
    await first(url, { method: 'POST' });
    await second(url, { method: 'POST' }); // this answer says the bucket is now empty
    waits.length = 0;
    // The other "process" learned the bucket from its own first answer, and now waits too.
    await first(url, { method: 'POST' });
    expect(Math.max(...waits)).toBeGreaterThan(2_499);
    // An interaction reply is never paced.
    waits.length = 0;
    await second(`${API}/interactions/1/token/callback`, { method: 'POST' });
    expect(waits).toEqual([]);
    expect(discord.calls).toHaveLength(4);
  });

  it('GIVEN a slot further away than the longest wait THEN discord.js gets a 429 without Discord being called', async () => {
    const pacer = createSharedPacer({ db: store.db, now: fixed });
    const discord = discordAnswering(() => ({}));
    const send = pacedRequest({ pacer, maxWaitMs: 100, sleep: async () => {} }, discord.base);
    for (let i = 0; i < 3; i++) await send(`${API}/users/@me/channels`, { method: 'POST' });
    const refused = await send(`${API}/users/@me/channels`, { method: 'POST' });
    expect(refused.status).toBe(429);
    expect(discord.calls.length).toBeLessThan(4);
  });
});
