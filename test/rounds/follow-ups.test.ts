import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/matching/random.ts';
import { createDeliveryWorker } from '../../src/rounds/delivery/delivery-worker.ts';
import { runFollowUps } from '../../src/rounds/follow-up/run-follow-ups.ts';
import { planRound } from '../../src/rounds/plan-round.ts';
import { recordFeedback } from '../../src/rounds/record-feedback.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import { DRIVERS, useTestDb } from '../support/test-db.ts';
import { outboxOf, seedCommunity } from './seed-community.ts';

const DAY = 86_400_000;

describe.each(DRIVERS)('follow-ups on %s', (driver) => {
  const store = useTestDb(driver);
  const start = new Date('2026-11-30T10:00:30Z');
  const setup = async () => {
    let now = start;
    const platform = new MemoryPlatform();
    const deps = { db: store.db, clock: () => now, rng: mulberry32(9), platforms: { get: () => platform } };
    const seeded = await seedCommunity(store.db, [{ hobbies: ['chess'] }, { hobbies: ['chess'] }]);
    // Two people meeting every week: no cooldown between repeats.
    await store.db.query('UPDATE communities SET cooldown_rounds = 0 WHERE id = $1', [seeded.community.id]);
    seeded.community.cooldownRounds = 0;
    const worker = createDeliveryWorker(deps);
    const round = async (period: string) => {
      await planRound(deps, { community: seeded.community, period, manual: false });
      await worker.drain();
    };
    // Follow-ups run for every community at once; count only this test's own.
    const mine = async (kind: string, code?: string) =>
      (await outboxOf(store.db, seeded.community.id)).filter(
        (o) => o.kind === kind && (!code || o.code === code),
      ).length;
    const at = async (days: number) => {
      now = new Date(start.getTime() + days * DAY);
      const before = {
        nudges: await mine('nudge'),
        checkins: await mine('checkin'),
        ghosts: await mine('notice', 'member.ghost_paused'),
      };
      await runFollowUps(store.db, now);
      await worker.drain();
      return {
        nudges: (await mine('nudge')) - before.nudges,
        checkins: (await mine('checkin')) - before.checkins,
        ghostsPaused: (await mine('notice', 'member.ghost_paused')) - before.ghosts,
      };
    };
    return { platform, deps, seeded, round, at, worker };
  };

  it('nudges, once, only the member who has not answered, after nudge_after_days', async () => {
    const { platform, deps, seeded, round, at } = await setup();
    await round('w1');
    const introId = platform.intros()[0]!.introId;
    await recordFeedback(deps, {
      introId,
      platform: 'slack',
      communityExternalId: seeded.community.externalId,
      userId: seeded.users[0]!,
      answer: 'genuine',
      source: 'button',
    });
    expect((await at(2)).nudges).toBe(0);
    expect((await at(3)).nudges).toBe(1);
    expect((await at(4)).nudges).toBe(0);
    expect(platform.directs('nudge')).toMatchObject([
      { userId: seeded.users[1], introId, otherUserIds: [seeded.users[0]] },
    ]);
  });

  it('asks "still in touch?" about a month later, and records the answer as a check-in', async () => {
    const { platform, deps, seeded, round, at } = await setup();
    await round('w1');
    expect((await at(30)).checkins).toBe(2);
    expect((await at(31)).checkins).toBe(0);
    const checkin = platform.sent.find(
      (s) =>
        s.type === 'direct' &&
        s.delivery.kind === 'checkin' &&
        s.delivery.communityExternalId === seeded.community.externalId,
    );
    if (checkin?.type !== 'direct') throw new Error('no check-in was sent');
    const result = await recordFeedback(deps, {
      channelId: `D${checkin.delivery.userId}`,
      messageId: checkin.messageId,
      platform: 'slack',
      communityExternalId: seeded.community.externalId,
      userId: checkin.delivery.userId,
      answer: 'in_touch',
      source: 'reaction',
    });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ kind: 'checkin' }) });
  });

  it('pauses a member after three silent intros in a row, tells them how to resume, and not again for the same silence', async () => {
    const { platform, seeded, round, at } = await setup();
    for (const [i, period] of ['w1', 'w2', 'w3'].entries()) {
      await at(i * 7);
      await round(period);
    }
    expect((await at(14 + 6)).ghostsPaused).toBe(2);
    const { rows } = await store.db.query<{ status: string; reason: string }>(
      'SELECT status, pause_reason AS reason FROM members WHERE community_id = $1',
      [seeded.community.id],
    );
    expect(rows).toEqual([
      { status: 'paused', reason: 'ghost' },
      { status: 'paused', reason: 'ghost' },
    ]);
    expect(platform.directs('notice').map((n) => n.kind === 'notice' && n.text)).toEqual([
      expect.stringContaining('/intro resume'),
      expect.stringContaining('/intro resume'),
    ]);
    await store.db.query(
      `UPDATE members SET status = 'active', pause_reason = NULL WHERE community_id = $1`,
      [seeded.community.id],
    );
    expect((await at(21)).ghostsPaused).toBe(0);
    const notices = (await outboxOf(store.db, seeded.community.id)).filter(
      (o) => o.code === 'member.ghost_paused',
    );
    expect(notices).toHaveLength(2);
  });

  it('does not count an intro as silent when the partner says they met', async () => {
    const { platform, deps, seeded, round, at } = await setup();
    for (const [i, period] of ['w1', 'w2', 'w3'].entries()) {
      await at(i * 7);
      await round(period);
    }
    await recordFeedback(deps, {
      introId: platform.intros()[1]!.introId,
      platform: 'slack',
      communityExternalId: seeded.community.externalId,
      userId: seeded.users[0]!,
      answer: 'genuine',
      source: 'button',
    });
    expect((await at(20)).ghostsPaused).toBe(0);
  });
});
