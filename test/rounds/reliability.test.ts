import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveCommunity } from '../../src/members/change-status.ts';
import { mulberry32 } from '../../src/matching/random.ts';
import { createDeliveryWorker } from '../../src/rounds/delivery/delivery-worker.ts';
import { planRound } from '../../src/rounds/plan-round.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import type { TestDb } from '../support/test-db.ts';
import { createTestDb } from '../support/test-db.ts';
import { seedCommunity } from './seed-community.ts';
import { readPosts, spawnRoundChild, waitFor } from './support/spawn-child.ts';

// Concurrency and crashes need a real server: PGlite is one connection in one process.
describe.skipIf(!process.env['DATABASE_URL'])('rounds against failures, on PostgreSQL', () => {
  let test: TestDb;
  const dir = mkdtempSync(join(tmpdir(), 'kindred-rounds-'));
  beforeAll(async () => {
    test = await createTestDb('pg');
  });
  afterAll(async () => {
    await test?.drop();
    rmSync(dir, { recursive: true, force: true });
  });
  const sentStatuses = async (communityId: number) =>
    (
      await test.db.query<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM outbox WHERE community_id = $1 AND kind = 'intro' GROUP BY status`,
        [communityId],
      )
    ).rows.reduce<Record<string, number>>((all, r) => ({ ...all, [r.status]: r.n }), {});
  const plannedRound = async (members: number) => {
    const seeded = await seedCommunity(
      test.db,
      Array.from({ length: members }, (_, i) => ({ hobbies: [`hobby ${i % 5}`] })),
    );
    const result = await planRound(
      { db: test.db, rng: mulberry32(1) },
      { community: seeded.community, period: 'p', manual: false },
    );
    if (!result.ok) throw new Error(result.code);
    return { ...seeded, intros: result.value.intros };
  };

  it('three processes ticking at the same instant plan the round once', async () => {
    const seeded = await seedCommunity(test.db, [{}, {}, {}, {}]);
    const startAt = String(Date.now() + 4_000);
    const children = [1, 2, 3].map(() =>
      spawnRoundChild('tick', {
        CHILD_DATABASE_URL: test.url!,
        CHILD_OUT: join(dir, 'ticks.log'),
        CHILD_CLOCK: '2026-11-30T10:00:30Z',
        CHILD_START_AT: startAt,
      }),
    );
    expect(await Promise.all(children.map((c) => c.exited))).toEqual([0, 0, 0]);
    const planned = children.map((c) => JSON.parse(c.output().trim()).planned as number);
    expect(planned.sort()).toEqual([0, 0, 1]);
    const rounds = await test.db.query('SELECT period FROM rounds WHERE community_id = $1', [
      seeded.community.id,
    ]);
    expect(rounds.rows).toEqual([{ period: '2026-11-30T10:00' }]);
  }, 60_000);

  it('a worker killed mid-round (SIGKILL) and restarted sends every intro, none twice', async () => {
    const round = await plannedRound(24);
    const out = join(dir, 'kill.log');
    const env = {
      CHILD_DATABASE_URL: test.url!,
      CHILD_OUT: out,
      CHILD_DELAY_MS: '60',
      CHILD_LEASE_MS: '1500',
    };
    const first = spawnRoundChild('worker', env);
    await waitFor(() => readPosts(out).posted.length >= 4, 30_000, 'the first posts');
    first.child.kill('SIGKILL');
    await first.exited;
    const before = readPosts(out).posted.length;
    expect(before).toBeLessThan(round.intros);
    const second = spawnRoundChild('worker', env);
    await waitFor(
      async () => (await sentStatuses(round.community.id))['sent'] === round.intros,
      30_000,
      'every intro sent',
    );
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    // Only this round's rows: an earlier test's round (planned at a fixed date now past) is due too.
    const ours = await test.db.query<{ id: number }>('SELECT id FROM outbox WHERE community_id = $1', [
      round.community.id,
    ]);
    const nonces = new Set(ours.rows.map((r) => `outbox:${r.id}`));
    const posted = readPosts(out).posted.filter((nonce) => nonces.has(nonce));
    expect(new Set(posted).size).toBe(round.intros);
    expect(posted).toHaveLength(round.intros);
  }, 90_000);

  it('a paced round of 1,000 members on three processes, one killed (SIGKILL) and restarted: every intro once, the pace held', async () => {
    const round = await plannedRound(1_000);
    const out = join(dir, 'paced.log');
    const perMinute = 3_000;
    const env = {
      CHILD_DATABASE_URL: test.url!,
      CHILD_OUT: out,
      CHILD_DELAY_MS: '5',
      CHILD_LEASE_MS: '3000',
      CHILD_PACE_PER_MINUTE: String(perMinute),
    };
    const workers = [1, 2, 3].map(() => spawnRoundChild('worker', env));
    await waitFor(() => readPosts(out).posted.length >= 100, 60_000, 'the first posts');
    workers[0]!.child.kill('SIGKILL');
    await workers[0]!.exited;
    workers[0] = spawnRoundChild('worker', env);
    await waitFor(
      async () => (await sentStatuses(round.community.id))['sent'] === round.intros,
      120_000,
      'every intro sent',
    );
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    const posts = readPosts(out);
    expect(round.intros).toBe(500);
    expect(new Set(posts.posted).size).toBe(round.intros);
    expect(posts.posted).toHaveLength(round.intros);
    // Three processes share one budget: no second holds much more than the pace allows (late
    // posts of a busy machine bunch up a little), where three unshared pacers would triple it.
    const perSecond = new Map<number, number>();
    for (const at of posts.startedAt)
      perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual((1.5 * perMinute) / 60);
  }, 240_000);

  it('SIGTERM during delivery lets in-flight sends finish, releases the leases and exits 0', async () => {
    const round = await plannedRound(30);
    const out = join(dir, 'term.log');
    const worker = spawnRoundChild('worker', {
      CHILD_DATABASE_URL: test.url!,
      CHILD_OUT: out,
      CHILD_DELAY_MS: '150',
    });
    await waitFor(() => readPosts(out).started.length >= 3, 30_000, 'sends in flight');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    const posts = readPosts(out);
    expect(posts.posted.sort()).toEqual(posts.started.sort());
    const statuses = await sentStatuses(round.community.id);
    expect(statuses['sending']).toBeUndefined();
    expect(statuses['sent']).toBe(posts.posted.length);
    expect(statuses['pending']).toBe(round.intros - posts.posted.length);
    const leases = await test.db.query(
      `SELECT 1 FROM outbox WHERE community_id = $1 AND (lease_owner IS NOT NULL OR lease_until IS NOT NULL)`,
      [round.community.id],
    );
    expect(leases.rowCount).toBe(0);
  }, 60_000);

  it('an opt-out racing a pending send: no send starts once the opt-out is acknowledged, and one decided first is not held back by it', async () => {
    // The send is decided in a short transaction that locks the members; the post runs
    // after it commits, with no transaction open. An opt-out acknowledged before that
    // decision wins; one that waited for the decision finds the message already on its way.
    let startedAt = new Map<string, number>();
    const platform = new MemoryPlatform('slack', {
      onSend: async (message) => {
        if ('userIds' in message) for (const user of message.userIds) startedAt.set(user, performance.now());
      },
    });
    const deps = { db: test.db, platforms: { get: () => platform }, rng: mulberry32(2) };
    const outcomes = { sent: 0, cancelled: 0 };
    let violations = 0;
    for (let i = 0; i < 12; i++) {
      startedAt = new Map();
      const round = await plannedRound(2);
      const worker = createDeliveryWorker(deps, { owner: `race-${i}` });
      const user = round.users[0]!;
      const ref = { platform: 'slack' as const, externalId: round.community.externalId, userId: user };
      let acknowledgedAt = Infinity;
      await Promise.all([
        new Promise((resolve) => setTimeout(resolve, i % 4))
          .then(() => leaveCommunity({ db: test.db }, ref))
          .then(() => {
            acknowledgedAt = performance.now();
          }),
        worker.drain(),
      ]);
      const started = startedAt.get(user);
      if (started !== undefined && started > acknowledgedAt) violations++;
      const { rows } = await test.db.query<{ status: string }>(
        'SELECT status FROM intros WHERE community_id = $1',
        [round.community.id],
      );
      if (rows[0]!.status === 'sent') outcomes.sent++;
      if (rows[0]!.status === 'cancelled') outcomes.cancelled++;
      // Sent exactly when a send started, cancelled otherwise.
      expect(rows[0]!.status).toBe(started === undefined ? 'cancelled' : 'sent');
    }
    expect(violations).toBe(0);
    expect(outcomes.sent + outcomes.cancelled).toBe(12);
  }, 60_000);
});
