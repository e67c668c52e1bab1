// A Kindred rounds process for the reliability tests: `tick` runs one scheduler tick at an
// agreed instant, `worker` runs a delivery worker until SIGTERM. It posts to a platform that
// appends to a file, honouring nonces as Discord does with enforce_nonce, so the test can
// count what was really posted.
import { appendFileSync, readFileSync } from 'node:fs';
import type { DeliveryResult, DirectDelivery, IntroDelivery } from '../../../src/platform.ts';
import { createLogger } from '../../../src/log.ts';
import { createDeliveryWorker } from '../../../src/rounds/delivery/delivery-worker.ts';
import { createSharedPacer } from '../../../src/rounds/delivery/pacing/shared-pacer.ts';
import { schedulerTick } from '../../../src/rounds/schedule/scheduler-tick.ts';
import { createPgDb } from '../../../src/store/pg-db.ts';

const env = process.env;
const out = env['CHILD_OUT']!;
const delayMs = Number(env['CHILD_DELAY_MS'] ?? 0);
const db = createPgDb(env['CHILD_DATABASE_URL']!, { onError: () => {} });
const log = createLogger(env['CHILD_LOG_LEVEL'] ?? 'silent');
const clock = env['CHILD_CLOCK'] ? () => new Date(env['CHILD_CLOCK']!) : () => new Date();

// CHILD_PACE_PER_MINUTE paces posts through the database, as the adapters do: a slot
// further than a second away goes back to the outbox as a rate limit.
const perMinute = Number(env['CHILD_PACE_PER_MINUTE'] ?? 0);
const pacer = createSharedPacer({ db });

async function post(nonce: string, what: string): Promise<DeliveryResult> {
  if (perMinute > 0) {
    const slot = await pacer.reserve('child:post', { perMinute, burst: 1 }, 1_000);
    if (!slot.ok) return { ok: false, kind: 'rate_limited', retryAfterMs: slot.retryAfterMs };
    await new Promise((resolve) => setTimeout(resolve, slot.waitMs));
  }
  appendFileSync(out, `start ${nonce} ${process.pid} ${Date.now()}\n`);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const seen = readFileSync(out, 'utf8').includes(`post ${nonce} `);
  appendFileSync(out, `${seen ? 'dup' : 'post'} ${nonce} ${what} ${process.pid}\n`);
  return { ok: true, channelId: 'C1', messageId: nonce };
}

const platform = {
  name: 'slack' as const,
  start: async () => {},
  stop: async () => {},
  activeMembers: async (_c: string, ids: string[]) => new Set(ids),
  sendIntro: (intro: IntroDelivery) => post(intro.nonce, `intro:${intro.introId}`),
  sendDirect: (message: DirectDelivery) => post(message.nonce, message.kind),
};
const deps = { db, clock, log, platforms: { get: () => platform } };

if (process.argv[2] === 'tick') {
  const startAt = Number(env['CHILD_START_AT']);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
  const report = await schedulerTick(deps);
  process.stdout.write(`${JSON.stringify({ planned: report.rounds.length })}\n`);
  await db.close();
} else {
  const worker = createDeliveryWorker(deps, {
    pollMs: 50,
    leaseMs: Number(env['CHILD_LEASE_MS'] ?? 2_000),
    concurrency: 2,
  });
  process.on('SIGTERM', () => {
    void worker.stop().then(async () => {
      await db.close();
      process.exit(0);
    });
  });
  worker.start();
  appendFileSync(out, `ready ${process.pid}\n`);
}
