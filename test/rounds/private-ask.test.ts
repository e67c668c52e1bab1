import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/matching/random.ts';
import { createDeliveryWorker } from '../../src/rounds/delivery/delivery-worker.ts';
import { runFollowUps } from '../../src/rounds/follow-up/run-follow-ups.ts';
import { planRound } from '../../src/rounds/plan-round.ts';
import { recordFeedback, retractFeedback } from '../../src/rounds/record-feedback.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import { DRIVERS, useTestDb } from '../support/test-db.ts';
import { outboxOf, seedCommunity } from './seed-community.ts';

const MINUTE = 60_000;

describe.each(DRIVERS)('asking privately how an intro went, on %s', (driver) => {
  const store = useTestDb(driver);
  const start = new Date('2026-11-30T10:00:30Z');

  /** A pair introduced at `start`; `tick(minutes)` runs the follow-ups then and delivers. */
  const introduced = async () => {
    let now = start;
    const platform = new MemoryPlatform();
    const deps = { db: store.db, clock: () => now, rng: mulberry32(3), platforms: { get: () => platform } };
    const seeded = await seedCommunity(store.db, [{ hobbies: ['chess'] }, { hobbies: ['chess'] }]);
    await planRound(deps, { community: seeded.community, period: 'p', manual: false });
    const worker = createDeliveryWorker(deps);
    await worker.drain();
    const intro = platform.intros()[0]!;
    const tick = async (minutes: number) => {
      now = new Date(start.getTime() + minutes * MINUTE);
      const counts = await runFollowUps(store.db, now);
      await worker.drain();
      return counts;
    };
    const who = (userId: string) => ({
      platform: 'slack' as const,
      communityExternalId: seeded.community.externalId,
      userId,
    });
    const [ana, ben] = seeded.users as [string, string];
    return { platform, deps, seeded, intro, tick, who, ana, ben };
  };
  const answers = async (introId: number) =>
    (
      await store.db.query<{ user: string; answer: string; source: string }>(
        `SELECT m.platform_user_id AS "user", f.answer, f.source FROM feedback f JOIN members m ON m.id = f.member_id
         WHERE f.intro_id = $1 ORDER BY m.platform_user_id`,
        [introId],
      )
    ).rows;

  it('asks each member once, in their own DM, at the first tick after the intro went out', async () => {
    const { platform, tick, intro, ana, ben } = await introduced();
    expect((await tick(1)).asks).toBe(2);
    expect((await tick(2)).asks).toBe(0);
    const asks = platform.directs('ask');
    expect(asks.map((a) => a.userId).sort()).toEqual([ana, ben].sort());
    for (const ask of asks) {
      expect(ask).toMatchObject({ kind: 'ask', introId: intro.introId });
      // Each is told who they met, and only that: the partner, never themselves.
      expect(ask.kind !== 'notice' && ask.otherUserIds).toEqual([ask.userId === ana ? ben : ana]);
    }
  });

  it('does not ask a member who already answered, even one who answered after the ask was queued', async () => {
    const { platform, deps, seeded, tick, intro, who, ana, ben } = await introduced();
    await recordFeedback(deps, {
      introId: intro.introId,
      ...who(ana),
      answer: 'genuine',
      source: 'reaction',
    });
    // Ben's ask is queued but not yet sent when he answers on the group message.
    const counts = await runFollowUps(store.db, new Date(start.getTime() + MINUTE));
    expect(counts.asks).toBe(1);
    await recordFeedback(deps, {
      introId: intro.introId,
      ...who(ben),
      answer: 'no_show',
      source: 'reaction',
    });
    await tick(1);
    expect(platform.directs('ask')).toEqual([]);
    const rows = (await outboxOf(store.db, seeded.community.id)).filter((o) => o.kind === 'ask');
    expect(rows).toMatchObject([{ status: 'cancelled', lastError: 'already_answered' }]);
  });

  it('leaves intros sent more than a day ago to the nudge, so a deployment asks about none of the past', async () => {
    const { platform, tick } = await introduced();
    expect((await tick(25 * 60)).asks).toBe(0);
    expect(platform.directs('ask')).toEqual([]);
  });

  it('takes a reaction on the ask as its recipient’s answer, changed or taken back, and ignores anyone else’s there', async () => {
    const { platform, deps, tick, intro, who, ana, ben } = await introduced();
    await tick(1);
    const sent = platform.sent.find((s) => s.type === 'direct' && s.delivery.userId === ana)!;
    const onAnasAsk = { channelId: `D${ana}`, messageId: sent.messageId };

    expect(
      await recordFeedback(deps, { ...onAnasAsk, ...who(ana), answer: 'genuine', source: 'reaction' }),
    ).toEqual({ ok: true, value: { introId: intro.introId, kind: 'initial', changed: true } });
    await recordFeedback(deps, { ...onAnasAsk, ...who(ana), answer: 'transactional', source: 'reaction' });
    // Ben is in the intro, but this is Ana's DM: he cannot answer, or take back, on it.
    expect(
      await recordFeedback(deps, { ...onAnasAsk, ...who(ben), answer: 'genuine', source: 'reaction' }),
    ).toEqual({ ok: false, code: 'feedback.not_in_intro' });
    expect(await retractFeedback(deps, { ...onAnasAsk, ...who(ben), answer: 'transactional' })).toEqual({
      ok: false,
      code: 'feedback.not_in_intro',
    });
    expect(await answers(intro.introId)).toEqual([
      { user: ana, answer: 'transactional', source: 'reaction' },
    ]);

    await retractFeedback(deps, { ...onAnasAsk, ...who(ana), answer: 'transactional' });
    expect(await answers(intro.introId)).toEqual([]);
  });

  it('still records a reaction on the group message, as on intros sent before answers were asked privately', async () => {
    const { deps, intro, platform, who, ben } = await introduced();
    const group = platform.sent.find((s) => s.type === 'intro')!;
    await recordFeedback(deps, {
      channelId: `G${intro.introId}`,
      messageId: group.messageId,
      ...who(ben),
      answer: 'no_show',
      source: 'reaction',
    });
    expect(await answers(intro.introId)).toEqual([{ user: ben, answer: 'no_show', source: 'reaction' }]);
  });
});
