import { describe, expect, it } from 'vitest';
import { renderStats } from '../../../src/commands/render-stats.ts';
import { mulberry32 } from '../../../src/matching/random.ts';
import { communityStats } from '../../../src/rounds/community-stats.ts';
import { deliveryProgress, describeProgress } from '../../../src/rounds/delivery/delivery-progress.ts';
import { planRound } from '../../../src/rounds/plan-round.ts';
import { DRIVERS, useTestDb } from '../../support/test-db.ts';
import { seedCommunity } from '../seed-community.ts';

describe.each(DRIVERS)("a round's delivery progress on %s", (driver) => {
  const store = useTestDb(driver);
  const now = new Date('2026-12-02T10:00:00Z');

  it('GIVEN 20 intros of which 8 went out over the last 4 minutes THEN it says how many are left and about how long', async () => {
    const seeded = await seedCommunity(
      store.db,
      Array.from({ length: 40 }, (_, i) => ({ hobbies: [`hobby ${i % 4}`] })),
    );
    const planned = await planRound(
      { db: store.db, rng: mulberry32(3), clock: () => now },
      { community: seeded.community, period: 'p', manual: true },
    );
    expect(planned.ok && planned.value.intros).toBe(20);
    // Eight sent at an even pace, one every 30 seconds, the last just now.
    await store.db.query(
      `UPDATE outbox o SET status = 'sent', sent_at = $2::timestamptz - make_interval(secs => 30 * (x.n - 1))
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM outbox WHERE community_id = $1 AND kind = 'intro') x
       WHERE o.id = x.id AND x.n <= 8`,
      [seeded.community.id, now],
    );
    const progress = (await deliveryProgress(store.db, now, [seeded.community.id])).get(seeded.community.id)!;
    expect(progress).toMatchObject({ total: 20, sent: 8, closed: 0, remaining: 12 });
    // Seven gaps of 30 s: 12 more take about 6 minutes.
    expect(Math.round(progress.etaMs! / 1000)).toBe(360);
    expect(describeProgress(progress)).toBe('8 of 20 sent, about 6 min left');
    const stats = await communityStats(store.db, seeded.community.id, now);
    expect(renderStats(stats)).toContain('Delivering round p: 8 of 20 sent, about 6 min left.');
  });

  it('GIVEN nothing sent yet THEN it says it is starting, and once all are out it names no wait', () => {
    const base = { roundId: 1, period: 'p', total: 2_500, closed: 0 };
    expect(describeProgress({ ...base, sent: 0, remaining: 2_500, etaMs: undefined })).toBe(
      '0 of 2,500 sent, starting',
    );
    expect(describeProgress({ ...base, sent: 1_234, remaining: 1_266, etaMs: 14 * 60_000 })).toBe(
      '1,234 of 2,500 sent, about 14 min left',
    );
    expect(describeProgress({ ...base, sent: 2_500, remaining: 0, etaMs: 0 })).toBe('2,500 of 2,500 sent');
  });
});
