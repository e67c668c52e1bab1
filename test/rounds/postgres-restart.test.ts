import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/matching/random.ts';
import { createDeliveryWorker } from '../../src/rounds/delivery/delivery-worker.ts';
import { createSchedulerService } from '../../src/rounds/schedule/scheduler-service.ts';
import { migrate } from '../../src/store/migrate.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import { seedCommunity } from './seed-community.ts';
import { createPgDb } from '../../src/store/pg-db.ts';
import { waitFor } from './support/spawn-child.ts';
import { canRunThrowawayPostgres, startThrowawayPostgres } from './support/throwaway-postgres.ts';

describe.skipIf(!canRunThrowawayPostgres())('a PostgreSQL restart during a round', () => {
  let server: Awaited<ReturnType<typeof startThrowawayPostgres>> | undefined;
  afterAll(() => server?.destroy());

  it('plans once the server is back and sends every intro exactly once', async () => {
    server = await startThrowawayPostgres();
    const db = createPgDb(server.url);
    try {
      await migrate(db);
      const seeded = await seedCommunity(
        db,
        Array.from({ length: 20 }, (_, i) => ({ hobbies: [`hobby ${i % 4}`] })),
      );
      const platform = new MemoryPlatform('slack', { delayMs: 40 });
      const deps = {
        db,
        rng: mulberry32(4),
        platforms: { get: () => platform },
        clock: () => new Date('2026-11-30T10:00:30Z'),
      };
      const scheduler = createSchedulerService(deps);

      server.stop();
      expect(await scheduler.tick()).toBeUndefined();
      server.start();
      const tick = await scheduler.tick();
      expect(tick?.rounds).toMatchObject([{ communityId: seeded.community.id, intros: 10 }]);

      // Time moves on from the scheduled start, so leases cut off by the restart expire.
      const t0 = Date.now();
      const clock = () => new Date(Date.parse('2026-11-30T10:00:30Z') + (Date.now() - t0));
      const worker = createDeliveryWorker({ ...deps, clock }, { pollMs: 50, leaseMs: 3_000 });
      worker.start();
      await waitFor(() => platform.intros().length >= 3, 20_000, 'the first intros');
      server.stop();
      await new Promise((resolve) => setTimeout(resolve, 300));
      server.start();
      await waitFor(
        async () => {
          const { rows } = await db
            .query<{ n: number }>(
              `SELECT count(*)::int AS n FROM intros WHERE community_id = $1 AND status = 'sent'`,
              [seeded.community.id],
            )
            .catch(() => ({ rows: [{ n: 0 }] }));
          return rows[0]!.n === 10;
        },
        30_000,
        'every intro sent',
      );
      await worker.stop();
      const introIds = platform.intros().map((i) => i.introId);
      expect(new Set(introIds).size).toBe(10);
      expect(introIds).toHaveLength(10);
    } finally {
      await db.close();
    }
  }, 90_000);
});
