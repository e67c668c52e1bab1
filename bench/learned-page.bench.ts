// Run with: npm run bench:learned (BENCH_MEMBERS, BENCH_ROUNDS, BENCH_RUNS to change the size)
// The "What Kindred has learned" page of a community of 1,000 members with weekly rounds
// of answers, on embedded PGlite (and on PostgreSQL too when DATABASE_URL is set), served
// over loopback HTTP. Beside it, measured in the same run on the same data: the Common
// ground page (one SQL query over the same intros) and the model fit alone.
import pg from 'pg';
import { communityLearning } from '../src/http/dashboard/learned/community-learning.ts';
import type { Db } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { createPgDb } from '../src/store/pg-db.ts';
import { createPgliteDb } from '../src/store/pglite-db.ts';
import { loadLearningInput } from '../src/rounds/learn/load-learning-input.ts';
import { learnPairModel } from '../src/rounds/learn/learn-pair-model.ts';
import { startDashboard } from '../test/dashboard/support/dashboard-server.ts';
import { seedCommunity } from '../test/dashboard/support/seed-community.ts';
import { withDatabase } from '../test/support/database-url.ts';

const MEMBERS = Number(process.env['BENCH_MEMBERS'] ?? 1_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 8);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(run: () => Promise<unknown>): Promise<{ first: number; median: number }> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  return { first: ms[0]!, median: median(ms.slice(1).length > 0 ? ms.slice(1) : ms) };
}

async function measure(driver: string, db: Db): Promise<void> {
  await migrate(db);
  const seeded = await seedCommunity(db, {
    externalId: `bench-${Date.now()}`,
    members: MEMBERS,
    rounds: ROUNDS,
  });
  const { rows } = await db.query<{ answers: number }>(
    `SELECT count(*)::int AS answers FROM feedback f JOIN intros i ON i.id = f.intro_id WHERE i.community_id = $1`,
    [seeded.communityId],
  );
  const server = await startDashboard(db);
  try {
    const page = (suffix: string) => async () => {
      const res = await server.get(`/admin/c/${seeded.communityId}${suffix}`);
      if (res.status !== 200) throw new Error(`${suffix} answered ${res.status}`);
      return res.arrayBuffer();
    };
    const learned = await time(page('/learned'));
    const interests = await time(page('/interests'));
    const fitOnly = await time(async () => learnPairModel(await loadLearningInput(db, seeded.communityId)));
    const whole = await time(() => communityLearning(db, seeded.communityId));
    const line = (name: string, t: { first: number; median: number }) =>
      `  ${name.padEnd(44)} first ${t.first.toFixed(0).padStart(5)} ms, then median ${t.median.toFixed(0).padStart(5)} ms`;
    console.log(
      [
        `[${driver}] ${MEMBERS} members, ${ROUNDS} rounds, ${seeded.intros} intros, ${rows[0]!.answers} answers, ${RUNS} runs each`,
        line('GET /learned (page)', learned),
        line('baseline: GET /interests (same intros)', interests),
        line('load answers + fit the model', fitOnly),
        line('everything the page computes (no HTML)', whole),
      ].join('\n'),
    );
  } finally {
    await server.close();
  }
}

const pglite = await createPgliteDb(undefined);
try {
  await measure('pglite', pglite);
} finally {
  await pglite.close();
}
const url = process.env['DATABASE_URL'];
if (url) {
  // A database of its own, dropped afterwards, so the server's own stays as it was.
  const name = `kindred_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const db = createPgDb(withDatabase(url, name));
  try {
    await measure('pg', db);
  } finally {
    await db.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
