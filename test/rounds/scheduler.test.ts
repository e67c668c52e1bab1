import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/matching/random.ts';
import { createDeliveryWorker } from '../../src/rounds/delivery/delivery-worker.ts';
import { runDueRounds } from '../../src/rounds/schedule/run-due-rounds.ts';
import { schedulerTick } from '../../src/rounds/schedule/scheduler-tick.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';
import { seedCommunity } from './seed-community.ts';

describe.each(DRIVERS)('the scheduler on %s', (driver) => {
  const store = useTestDb(driver);
  const platform = new MemoryPlatform();
  const depsAt = (iso: string) => ({
    db: store.db,
    clock: () => new Date(iso),
    rng: mulberry32(1),
    platforms: { get: (name: string) => (name === 'slack' ? platform : undefined) },
  });
  const periods = async (communityId: number) =>
    (
      await store.db.query<{ period: string }>(
        'SELECT period FROM rounds WHERE community_id = $1 ORDER BY id',
        [communityId],
      )
    ).rows.map((r) => r.period);

  it('runs a round once per period, keyed by the local start, whatever the number of ticks', async () => {
    const seeded = await seedCommunity(store.db, [{}, {}], { timezone: 'America/New_York' });
    await runDueRounds(depsAt('2026-11-30T15:00:05Z'));
    await runDueRounds(depsAt('2026-11-30T15:01:00Z'));
    await runDueRounds(depsAt('2026-12-01T09:00:00Z'));
    expect(await periods(seeded.community.id)).toEqual(['2026-11-30T10:00']);
    await runDueRounds(depsAt('2026-12-07T15:00:00Z'));
    expect(await periods(seeded.community.id)).toEqual(['2026-11-30T10:00', '2026-12-07T10:00']);
  });

  it('catches up only the most recent period missed while everything was down', async () => {
    const seeded = await seedCommunity(store.db, [{}, {}], { createdAt: new Date('2026-10-01T00:00:00Z') });
    await runDueRounds(depsAt('2026-11-04T12:00:00Z'));
    expect(await periods(seeded.community.id)).toEqual(['2026-11-02T10:00']);
  });

  it('leaves communities alone whose platform does not run in this process', async () => {
    const seeded = await seedCommunity(store.db, [{}, {}], { platform: 'discord' });
    await runDueRounds(depsAt('2026-11-30T10:00:00Z'));
    expect(await periods(seeded.community.id)).toEqual([]);
  });

  it('wakes delivery when a tick queued a round', async () => {
    await seedCommunity(store.db, [{}, {}]);
    let woken = 0;
    const report = await schedulerTick({ ...depsAt('2026-12-14T10:00:00Z'), wakeDelivery: () => woken++ });
    expect(report.rounds.length).toBeGreaterThan(0);
    expect(woken).toBe(1);
    const worker = createDeliveryWorker(depsAt('2026-12-14T10:00:01Z'));
    expect(await worker.drain()).toBeGreaterThan(0);
  });

  it('forgets platform event ids once they are past every retry, and keeps recent ones', async () => {
    const old = uniqueId('Ev_old');
    const recent = uniqueId('Ev_recent');
    await store.db.query(
      `INSERT INTO processed_events (platform, event_id, received_at)
       VALUES ('slack', $1, '2026-12-20T07:00:00Z'), ('slack', $2, '2026-12-20T09:30:00Z')`,
      [old, recent],
    );
    const report = await schedulerTick(depsAt('2026-12-20T10:00:00Z'));
    expect(report.prunedEvents).toBeGreaterThanOrEqual(1);
    const { rows } = await store.db.query<{ event_id: string }>(
      'SELECT event_id FROM processed_events WHERE event_id = ANY($1)',
      [[old, recent]],
    );
    expect(rows.map((r) => r.event_id)).toEqual([recent]);
  });
});
