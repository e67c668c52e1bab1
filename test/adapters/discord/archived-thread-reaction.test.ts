import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb, DRIVERS, type TestDb } from '../../support/test-db.ts';
import { seedCommunity } from '../../rounds/seed-community.ts';
import { startDiscordHarness, type DiscordHarness } from './support/discord-harness.ts';

describe.each(DRIVERS)('Discord reactions in an archived intro thread on %s', (driver) => {
  let test: TestDb;
  let h: DiscordHarness;
  beforeAll(async () => {
    test = await createTestDb(driver);
    h = await startDiscordHarness(test.db);
  });
  afterAll(async () => {
    await h?.stop();
    await test?.drop();
  });

  /** An intro Kindred posted in a private thread, known to the database as sent. */
  async function postedIntro(userIds: string[]): Promise<{ threadId: string; messageId: string }> {
    const { db } = test;
    const seeded = await seedCommunity(
      db,
      userIds.map((userId) => ({ userId })),
      { platform: 'discord' },
    );
    await db.query('UPDATE communities SET external_id = $2 WHERE id = $1', [seeded.community.id, h.guildId]);
    const round = await db.query<{ id: number }>(
      `INSERT INTO rounds (community_id, period, status) VALUES ($1, '2026-11-23T10:00', 'done') RETURNING id`,
      [seeded.community.id],
    );
    const intro = await db.query<{ id: number }>(
      `INSERT INTO intros (round_id, community_id, size, score, shared, why, icebreaker, status)
       VALUES ($1, $2, 2, 10, '{"hobbies":["chess"],"volunteer":[]}', 'You both play chess.', 'Favourite opening?', 'sent')
       RETURNING id`,
      [round.rows[0]!.id, seeded.community.id],
    );
    const introId = intro.rows[0]!.id;
    for (const userId of userIds)
      await db.query('INSERT INTO intro_members (intro_id, member_id) VALUES ($1, $2)', [
        introId,
        seeded.ids.get(userId),
      ]);
    const sent = await h.platform.sendIntro({
      introId,
      communityExternalId: h.guildId,
      userIds,
      shared: { hobbies: ['chess'], volunteer: [] },
      why: 'You both play chess.',
      icebreaker: 'Favourite opening?',
      channelId: h.fake.seed.channels.intros.id,
      nonce: `intro:${introId}:1`,
    });
    if (!sent.ok) throw new Error(`intro not sent: ${JSON.stringify(sent)}`);
    await db.query('INSERT INTO intro_messages (intro_id, channel_id, message_id) VALUES ($1, $2, $3)', [
      introId,
      sent.channelId,
      sent.messageId,
    ]);
    return { threadId: sent.channelId, messageId: sent.messageId };
  }

  it('GIVEN an intro thread archived (a week without messages) and a restart THEN a reaction on its message still counts', async () => {
    const { fake } = h;
    const { grace, margaret } = fake.seed.users;
    const { threadId, messageId } = await postedIntro([grace.id, margaret.id]);
    const thread = fake.world.channels.get(threadId)!;
    // Kindred asks for the longest auto-archive Discord allows; it still archives after a quiet week.
    expect(thread.thread?.autoArchiveDuration).toBe(10080);
    thread.thread!.archived = true;
    thread.thread!.archiveTimestamp = new Date().toISOString();

    await h.platform.stop();
    await h.platform.start();
    // GUILD_CREATE lists active threads only: the restarted client has never seen this one.
    expect(h.platform.client?.channels.cache.has(threadId)).toBe(false);
    fake.dispatch(
      'MESSAGE_REACTION_ADD',
      fake.messageReactionAdd({ channelId: threadId, messageId, userId: grace.id, emoji: { name: '🚫' } }),
    );

    await vi.waitFor(
      async () => {
        const { rows } = await test.db.query<{ answer: string }>(
          `SELECT f.answer FROM feedback f JOIN members m ON m.id = f.member_id WHERE m.platform_user_id = $1`,
          [grace.id],
        );
        expect(rows).toEqual([{ answer: 'no_show' }]);
      },
      { timeout: 15_000, interval: 50 },
    );
  });
});
