import { describe, expect, it } from 'vitest';
import { communityStats } from '../../src/rounds/community-stats.ts';
import { createDeliveryWorker } from '../../src/rounds/delivery/delivery-worker.ts';
import { previewRound } from '../../src/rounds/preview-round.ts';
import { recordFeedback } from '../../src/rounds/record-feedback.ts';
import { runRoundNow } from '../../src/rounds/run-round-now.ts';
import { mulberry32 } from '../../src/matching/random.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import { DRIVERS, useTestDb } from '../support/test-db.ts';
import { seedCommunity } from './seed-community.ts';

describe.each(DRIVERS)('preview and stats on %s', (driver) => {
  const store = useTestDb(driver);
  const now = new Date('2026-11-30T10:00:30Z');

  it('previews the groups of the next round with why and who sits out, writing nothing', async () => {
    const seeded = await seedCommunity(store.db, [
      { hobbies: ['chess'] },
      { hobbies: ['chess'] },
      { hobbies: ['sailing'] },
      { hobbies: ['sailing'] },
    ]);
    const deps = { db: store.db, clock: () => now };
    const first = await previewRound(deps, seeded.community.id);
    expect(first.eligible).toBe(4);
    expect(first.groups).toHaveLength(2);
    expect(first.groups[0]!.members[0]).toMatchObject({
      userId: expect.any(String),
      memberId: expect.any(Number),
    });
    expect(first.groups.every((g) => g.why.length > 0 && g.shared.hobbies.length === 1)).toBe(true);
    expect(await previewRound(deps, seeded.community.id)).toEqual(first);
    const rounds = await store.db.query('SELECT 1 FROM rounds WHERE community_id = $1', [
      seeded.community.id,
    ]);
    expect(rounds.rowCount).toBe(0);
    const lone = await seedCommunity(store.db, [{}]);
    expect(await previewRound(deps, lone.community.id)).toMatchObject({ problem: 'round.too_few_members' });
  });

  it('counts members, intros by outcome with failure reasons, and answers', async () => {
    const platform = new MemoryPlatform();
    const deps = { db: store.db, clock: () => now, rng: mulberry32(1), platforms: { get: () => platform } };
    const seeded = await seedCommunity(store.db, [{}, {}, {}, {}, { status: 'paused' }, { status: 'left' }]);
    platform.failFor(seeded.users[0]!, {
      ok: false,
      kind: 'permanent',
      code: 'dms_closed',
      userId: seeded.users[0],
    });
    await runRoundNow(deps, seeded.community.id);
    await createDeliveryWorker(deps).drain();
    const sent = platform.intros()[0]!;
    await recordFeedback(deps, {
      introId: sent.introId,
      platform: 'slack',
      communityExternalId: seeded.community.externalId,
      userId: sent.userIds[0]!,
      answer: 'genuine',
      source: 'button',
    });
    const stats = await communityStats(store.db, seeded.community.id);
    expect(stats).toMatchObject({
      members: { active: 4, paused: 1, left: 1, pausedForSilence: 0 },
      rounds: { total: 1, lastPeriod: 'manual:2026-11-30T10:00Z' },
      intros: { sent: 1, failed: 1, pending: 0, failureReasons: { dms_closed: 1 } },
      feedback: {
        answered: 1,
        introsAnswered: 1,
        answers: { genuine: 1, transactional: 0, no_show: 0 },
        genuineRate: 1,
      },
      checkins: { answered: 0 },
    });
  });
});
