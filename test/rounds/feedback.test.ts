import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/matching/random.ts';
import { createDeliveryWorker } from '../../src/rounds/delivery/delivery-worker.ts';
import { planRound } from '../../src/rounds/plan-round.ts';
import { markEventProcessed, recordFeedback, retractFeedback } from '../../src/rounds/record-feedback.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import { DRIVERS, useTestDb } from '../support/test-db.ts';
import { seedCommunity } from './seed-community.ts';

describe.each(DRIVERS)('feedback on %s', (driver) => {
  const store = useTestDb(driver);
  const now = new Date('2026-11-30T10:00:30Z');
  const deliveredPair = async (members = 2) => {
    const platform = new MemoryPlatform();
    const deps = { db: store.db, clock: () => now, rng: mulberry32(5), platforms: { get: () => platform } };
    const seeded = await seedCommunity(
      store.db,
      Array.from({ length: members }, () => ({ hobbies: ['chess'] })),
    );
    await planRound(deps, { community: seeded.community, period: 'p', manual: false });
    await createDeliveryWorker(deps).drain();
    const sent = platform.sent.find((s) => s.type === 'intro')!;
    const who = (userId: string) => ({
      platform: 'slack' as const,
      communityExternalId: seeded.community.externalId,
      userId,
    });
    return { deps, seeded, sent, who, introId: (sent.delivery as { introId: number }).introId };
  };
  const answers = async (introId: number) =>
    (
      await store.db.query<{ answer: string; kind: string }>(
        'SELECT answer, kind FROM feedback WHERE intro_id = $1 ORDER BY id',
        [introId],
      )
    ).rows;

  it('records a reaction on the intro message, and a changed mind replaces the answer', async () => {
    const { deps, sent, who, seeded, introId } = await deliveredPair();
    const onMessage = { channelId: `G${introId}`, messageId: sent.messageId };
    const first = await recordFeedback(deps, {
      ...onMessage,
      ...who(seeded.users[0]!),
      answer: 'genuine',
      source: 'reaction',
    });
    expect(first).toEqual({ ok: true, value: { introId, kind: 'initial', changed: true } });
    const again = await recordFeedback(deps, {
      ...onMessage,
      ...who(seeded.users[0]!),
      answer: 'genuine',
      source: 'reaction',
    });
    expect(again).toMatchObject({ ok: true, value: { changed: false } });
    await recordFeedback(deps, {
      introId,
      ...who(seeded.users[0]!),
      answer: 'transactional',
      source: 'button',
    });
    expect(await answers(introId)).toEqual([{ answer: 'transactional', kind: 'initial' }]);
  });

  it('keeps check-in answers apart from first answers', async () => {
    const { deps, who, seeded, introId } = await deliveredPair();
    await recordFeedback(deps, { introId, ...who(seeded.users[1]!), answer: 'genuine', source: 'button' });
    await recordFeedback(deps, { introId, ...who(seeded.users[1]!), answer: 'in_touch', source: 'button' });
    expect(await answers(introId)).toEqual([
      { answer: 'genuine', kind: 'initial' },
      { answer: 'in_touch', kind: 'checkin' },
    ]);
  });

  it('answers with stable codes for other messages, outsiders and people who never joined', async () => {
    const { deps, who, seeded, introId } = await deliveredPair(2);
    const other = await seedCommunity(store.db, [{}]);
    expect(
      await recordFeedback(deps, {
        channelId: 'C0',
        messageId: '1.1',
        ...who(seeded.users[0]!),
        answer: 'genuine',
        source: 'reaction',
      }),
    ).toMatchObject({ ok: false, code: 'feedback.not_an_intro' });
    expect(
      await recordFeedback(deps, { introId, ...who('U_NOBODY'), answer: 'genuine', source: 'button' }),
    ).toMatchObject({
      ok: false,
      code: 'feedback.not_joined',
    });
    const outsider = {
      platform: 'slack' as const,
      communityExternalId: other.community.externalId,
      userId: other.users[0]!,
    };
    expect(
      await recordFeedback(deps, { introId, ...outsider, answer: 'genuine', source: 'button' }),
    ).toMatchObject({
      ok: false,
      code: 'feedback.not_an_intro',
    });
    await store.db.query(
      `INSERT INTO members (community_id, platform_user_id, consent_at) VALUES ($1, 'U_LATE', now())`,
      [seeded.community.id],
    );
    expect(
      await recordFeedback(deps, { introId, ...who('U_LATE'), answer: 'genuine', source: 'button' }),
    ).toMatchObject({
      ok: false,
      code: 'feedback.not_in_intro',
    });
  });

  it('takes a reaction back only if it is still the current answer', async () => {
    const { deps, who, seeded, introId } = await deliveredPair();
    const me = { introId, ...who(seeded.users[0]!) };
    await recordFeedback(deps, { ...me, answer: 'genuine', source: 'reaction' });
    await recordFeedback(deps, { ...me, answer: 'transactional', source: 'reaction' });
    expect(await retractFeedback(deps, { ...me, answer: 'genuine' })).toEqual({
      ok: true,
      value: { removed: false },
    });
    expect(await answers(introId)).toEqual([{ answer: 'transactional', kind: 'initial' }]);
    expect(await retractFeedback(deps, { ...me, answer: 'transactional' })).toEqual({
      ok: true,
      value: { removed: true },
    });
    expect(await answers(introId)).toEqual([]);
  });

  it('finds the community from the message for a reaction in a DM, and records never-again pairs', async () => {
    const { deps, sent, seeded, introId } = await deliveredPair();
    const dm = { platform: 'slack' as const, communityExternalId: null, userId: seeded.users[1]! };
    const result = await recordFeedback(deps, {
      channelId: `G${introId}`,
      messageId: sent.messageId,
      ...dm,
      answer: 'transactional',
      source: 'reaction',
      neverAgain: true,
    });
    expect(result.ok).toBe(true);
    const pairs = await store.db.query('SELECT 1 FROM pair_exclusions WHERE member_a = ANY($1::bigint[])', [
      seeded.users.map((u) => seeded.ids.get(u)),
    ]);
    expect(pairs.rowCount).toBe(1);
  });

  it('marks a platform event processed only the first time', async () => {
    expect(await markEventProcessed(store.db, 'slack', 'Ev1-feedback')).toBe(true);
    expect(await markEventProcessed(store.db, 'slack', 'Ev1-feedback')).toBe(false);
    expect(await markEventProcessed(store.db, 'discord', 'Ev1-feedback')).toBe(true);
  });
});
