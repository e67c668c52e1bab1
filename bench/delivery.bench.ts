// Run with: npm run bench:delivery (needs DATABASE_URL: three workers share one PostgreSQL)
// A round of N members (5,000 by default) delivered to a fake Slack that enforces the
// published rate tiers, by one worker and then by three independent workers (each with its
// own database pool, web client and pacer, as three processes have), with the clock run
// SPEED times faster than real time. Prints the calls answered 429 and the total time
// beside the minimum time the tiers allow for the same calls, measured in the same run.
import pg from 'pg';
import { createSlackPlatform } from '../adapters/slack/slack-platform.ts';
import { loadConfig } from '../src/config.ts';
import { createMetrics } from '../src/http/metrics.ts';
import { createHttpServer } from '../src/http/server.ts';
import { silentLogger } from '../src/log.ts';
import { mulberry32 } from '../src/matching/random.ts';
import { PlatformRegistry } from '../src/platform.ts';
import { createDeliveryWorker } from '../src/rounds/delivery/delivery-worker.ts';
import { planRound } from '../src/rounds/plan-round.ts';
import type { Runtime } from '../src/runtime.ts';
import { getCommunity } from '../src/store/community-repository.ts';
import { migrate } from '../src/store/migrate.ts';
import { createPgDb } from '../src/store/pg-db.ts';
import { startFakeSlack } from '../test/fakes/slack/fake-slack-api.ts';
import { SLACK_TIERS } from '../test/fakes/slack/tier-limits.ts';
import { withDatabase } from '../test/support/database-url.ts';

const MEMBERS = Number(process.env['BENCH_MEMBERS'] ?? 5_000);
const SPEED = Number(process.env['BENCH_SPEED'] ?? 10);
const TEAM = 'T0BENCH';
const HOBBIES = [
  'chess',
  'hiking',
  'jazz',
  'sourdough',
  'climbing',
  'go',
  'poetry',
  'cycling',
  'film',
  'birding',
];

const server = process.env['DATABASE_URL'];
if (!server) {
  console.error('bench:delivery needs DATABASE_URL (several workers share one PostgreSQL).');
  process.exit(2);
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(sql);
  await client.end();
}

/** One delivery run: a fresh database, a planned round, `workers` workers until the outbox is empty. */
async function run(workers: number) {
  const name = `kindred_bench_${Date.now()}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = withDatabase(server!, name);
  const t0 = Date.now();
  const now = () => t0 + (Date.now() - t0) * SPEED;
  const clock = () => new Date(now());
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / SPEED));
  const users = Array.from({ length: MEMBERS }, (_, i) => ({
    id: `U${String(i).padStart(6, '0')}`,
    name: `m${i}`,
  }));
  const fake = await startFakeSlack({ teamId: TEAM, users, tierLimits: { ...SLACK_TIERS, now } });
  const config = loadConfig({
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_SIGNING_SECRET: 'bench',
    SLACK_API_URL: fake.apiUrl,
    DATABASE_URL: url,
  });

  const setup = createPgDb(url);
  await migrate(setup);
  const rng = mulberry32(7);
  await setup.query(`INSERT INTO communities (platform, external_id, name) VALUES ('slack', $1, 'bench')`, [
    TEAM,
  ]);
  const community = (await getCommunity(setup, 1))!;
  const first = users.map(() => HOBBIES[Math.floor(rng() * HOBBIES.length)]!);
  const second = users.map(() => HOBBIES[Math.floor(rng() * HOBBIES.length)]!);
  await setup.query(
    `WITH m AS (INSERT INTO members (community_id, platform_user_id, consent_at)
                SELECT 1, u, now() FROM unnest($1::text[]) u RETURNING id, platform_user_id)
     INSERT INTO profiles (member_id, hobbies)
     SELECT m.id, ARRAY[x.a, x.b] FROM m JOIN unnest($1::text[], $2::text[], $3::text[]) AS x(u, a, b)
       ON x.u = m.platform_user_id`,
    [users.map((u) => u.id), first, second],
  );

  const platforms = Array.from({ length: workers }, () => {
    const db = createPgDb(url);
    const runtime = {
      config,
      db,
      log: silentLogger(),
      http: createHttpServer(silentLogger()),
      metrics: createMetrics({ defaults: false }),
      platforms: new PlatformRegistry(),
      clock,
      wakeDelivery: () => {},
    } satisfies Runtime;
    const platform = createSlackPlatform(runtime, {
      pace: { sleep },
      clientOptions: { retryConfig: { retries: 0 } },
    });
    runtime.platforms.register(platform);
    return { runtime, platform };
  });
  for (const { platform } of platforms) await platform.start();
  const lead = platforms[0]!.runtime;
  const planned = await planRound(
    { db: setup, platforms: lead.platforms, clock, rng },
    { community, period: 'bench', manual: true },
  );
  if (!planned.ok) throw new Error(`round not planned: ${planned.code}`);
  const callsBefore = fake.calls.length;
  const started = now();
  const running = platforms.map(({ runtime }) => {
    const worker = createDeliveryWorker(
      { db: runtime.db, platforms: runtime.platforms, clock, log: silentLogger() },
      { leaseMs: 10 * 60_000, pollMs: 200 },
    );
    worker.start();
    return worker;
  });
  for (;;) {
    const { rows } = await setup.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE status IN ('pending', 'sending')`,
    );
    if (rows[0]!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const elapsed = now() - started;
  for (const worker of running) await worker.stop();
  const calls = fake.calls.slice(callsBefore);
  const sent = await setup.query<{ n: number; twice: number }>(
    `SELECT count(*)::int AS n FROM intros WHERE status = 'sent'`,
  );
  const byMethod = new Map<string, number>();
  for (const call of calls)
    if (call.status === 200) byMethod.set(call.method, (byMethod.get(call.method) ?? 0) + 1);
  // The fastest the tiers allow for the calls an intro needs (seeded reactions are optional:
  // they go only while the budget has room): a full window at once, then a window a minute.
  const minimum = Math.max(
    0,
    ...[...byMethod]
      .filter(([method]) => method !== 'reactions.add')
      .map(([method, n]) => {
        const limit = SLACK_TIERS.perMinute[method];
        return limit ? (Math.ceil(n / limit) - 1) * 60_000 : 0;
      }),
  );
  const posts = fake.workspace.messages.length;
  const result = {
    workers,
    intros: planned.value.intros,
    sent: sent.rows[0]!.n,
    posts,
    calls: calls.length,
    rateLimited: calls.filter((c) => c.status === 429).length,
    elapsedMin: elapsed / 60_000,
    minimumMin: minimum / 60_000,
    opens: byMethod.get('conversations.open') ?? 0,
    reactions: byMethod.get('reactions.add') ?? 0,
  };
  for (const { runtime } of platforms) {
    await runtime.db.close();
  }
  for (const { platform } of platforms) await platform.stop();
  await setup.close();
  await fake.stop();
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  return result;
}

console.log(
  `bench:delivery — ${MEMBERS} members, fake Slack enforcing Tier 2/3/4 and 1 post/s per channel, clock x${SPEED}`,
);
const rows = [];
for (const workers of [1, 3]) rows.push(await run(workers));
console.log('');
console.log(
  '| workers | intros | sent | messages posted | API calls | answered 429 | 429 share | time (limit-clock) | minimum the tiers allow | time / minimum | reactions seeded |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.workers} | ${r.intros} | ${r.sent} | ${r.posts} | ${r.calls} | ${r.rateLimited} | ${((100 * r.rateLimited) / r.calls).toFixed(2)}% | ${r.elapsedMin.toFixed(1)} min | ${r.minimumMin.toFixed(1)} min | ${(r.elapsedMin / Math.max(r.minimumMin, 1e-9)).toFixed(3)} | ${r.reactions} |`,
  );
}
console.log('\nTargets: at most 1% of calls answered 429; time within 10% of the minimum (ratio <= 1.10).');
