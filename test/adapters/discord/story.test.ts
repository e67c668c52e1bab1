import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normaliseInterest } from '../../../src/interests/normalise-interest.ts';
import { discordAdapterFactory, type DiscordPlatform } from '../../../adapters/discord/discord-platform.ts';
import { loadConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/log.ts';
import { startKindred, type RunningKindred } from '../../../src/main.ts';
import { createRoundServices } from '../../../src/rounds/create-round-services.ts';
import {
  startFakeDiscord,
  type CommandOption,
  type FakeDiscord,
  type ReactionInput,
} from '../../fakes/discord/fake-discord.ts';
import type { FakeChannel, FakeGuild, FakeMessage, FakeUser } from '../../fakes/discord/world/types.ts';
import { DRIVERS } from '../../support/test-db.ts';
import {
  answerTo,
  discordEnv,
  introOptions,
  NO_IDENTIFY_WAIT,
  type Answer,
} from './support/discord-harness.ts';
import { databaseEnv } from './support/database-env.ts';

describe.each(DRIVERS)(
  'STORY on %s: Discord members join, an admin runs rounds, feedback comes back',
  (driver) => {
    let fake: FakeDiscord;
    let kindred: RunningKindred;
    let dropDb: () => Promise<void>;
    let quiet: { guild: FakeGuild; general: FakeChannel };
    let direct: { guild: FakeGuild; general: FakeChannel };
    let started = 0;

    /** A second and third server the bot is in, without an intros channel: intros go by DM. */
    function addGuild(name: string, members: FakeUser[]) {
      const guild = fake.world.addGuild({
        name,
        ownerId: fake.seed.users.ada.id,
        botPermissions: fake.seed.botRole.permissions,
      });
      for (const user of members) fake.world.addMember(guild.id, user.id);
      return { guild, general: fake.world.addTextChannel(guild.id, { name: 'general' }) };
    }

    beforeAll(async () => {
      started = Date.now();
      fake = await startFakeDiscord({ heartbeatIntervalMs: 200 });
      const { grace, linus, margaret } = fake.seed.users;
      quiet = addGuild('Quiet Guild', [grace, linus]);
      direct = addGuild('Direct Guild', [grace, margaret]);
      const database = await databaseEnv(driver);
      dropDb = database.drop;
      kindred = await startKindred({
        config: loadConfig({ ...discordEnv(fake), ...database.env, PORT: '0', HOST: '127.0.0.1' }),
        log: silentLogger(),
        adapters: [discordAdapterFactory({ clientOptions: NO_IDENTIFY_WAIT })],
        // The scheduler's own ticks are kept out of the way: rounds here are admin rounds.
        extraServices: (runtime) =>
          createRoundServices(runtime, { worker: { pollMs: 50 }, cron: '0 0 1 1 *' }),
      });
    });

    afterAll(async () => {
      await kindred?.stop();
      await fake?.stop();
      await dropDb?.();
      console.info(`discord story on ${driver}: ${Date.now() - started} ms including start and stop`);
    });

    const platform = () => kindred.runtime.platforms.get('discord') as DiscordPlatform;

    async function intro(
      user: FakeUser,
      word: string,
      options: CommandOption[] = [],
      where: { guild: FakeGuild; general: FakeChannel } = {
        guild: fake.seed.guild,
        general: fake.seed.channels.general,
      },
    ): Promise<Answer> {
      const payload = fake.interactionCreate({
        user,
        guildId: where.guild.id,
        channelId: where.general.id,
        name: 'intro',
        options: introOptions(word, options),
      });
      fake.dispatch('INTERACTION_CREATE', payload);
      return answerTo(fake, payload);
    }

    async function joinWithForm(
      user: FakeUser,
      fields: Record<string, string>,
      where = { guild: fake.seed.guild, general: fake.seed.channels.general },
    ) {
      expect((await intro(user, 'join', [], where)).type).toBe(9);
      const payload = fake.modalSubmit({
        user,
        guildId: where.guild.id,
        channelId: where.general.id,
        customId: 'kindred:profile',
        fields,
        layout: 'label',
      });
      fake.dispatch('INTERACTION_CREATE', payload);
      expect((await answerTo(fake, payload)).content).toMatch(/^Saved/);
    }

    const react = (input: ReactionInput, added = true) =>
      fake.dispatch(
        added ? 'MESSAGE_REACTION_ADD' : 'MESSAGE_REACTION_REMOVE',
        added ? fake.messageReactionAdd(input) : fake.messageReactionRemove(input),
      );

    /** Each member's answer in one server. */
    async function feedback(guildId = fake.seed.guild.id): Promise<Record<string, string>> {
      const { rows } = await kindred.runtime.db.query<{ userId: string; answer: string }>(
        `SELECT m.platform_user_id AS "userId", f.answer FROM feedback f JOIN members m ON m.id = f.member_id
       JOIN communities c ON c.id = m.community_id WHERE c.external_id = $1`,
        [guildId],
      );
      return Object.fromEntries(rows.map((r) => [r.userId, r.answer]));
    }

    async function intros(
      guildId: string,
    ): Promise<{ status: string; failureReason: string | null; shared: { hobbies: string[] } }[]> {
      const { rows } = await kindred.runtime.db.query<{
        status: string;
        failureReason: string | null;
        shared: { hobbies: string[] };
      }>(
        `SELECT i.status, i.failure_reason AS "failureReason", i.shared FROM intros i
       JOIN communities c ON c.id = i.community_id WHERE c.external_id = $1 ORDER BY i.id`,
        [guildId],
      );
      return rows;
    }

    const threads = () => [...fake.world.channels.values()].filter((c) => c.type === 12);
    const only = (messages: FakeMessage[]): FakeMessage => {
      expect(messages).toHaveLength(1);
      return messages[0]!;
    };

    it('GIVEN four members and an intros channel THEN an admin round opens two private threads, once each despite a 429', async () => {
      expect((await fetch(`http://127.0.0.1:${kindred.port}/healthz`)).status).toBe(200);
      const { ada, grace, linus, margaret } = fake.seed.users;
      await joinWithForm(ada, { hobbies: 'Chess, hiking', volunteer: 'food bank', cadence: 'weekly' });
      await joinWithForm(grace, { hobbies: 'chess, hikes' });
      for (const user of [linus, margaret]) {
        await intro(user, 'join');
        expect(
          (await intro(user, 'hobbies', [{ type: 3, name: 'interests', value: 'chess, running' }])).content,
        ).toBe('Saved your hobbies: chess, running.');
      }
      // ada owns the server, so she has Manage Server.
      const intros_ = fake.seed.channels.intros;
      expect(
        (await intro(ada, 'admin channel', [{ type: 7, name: 'channel', value: intros_.id }])).content,
      ).toContain(`<#${intros_.id}>`);

      fake.failNext('POST /channels/:id/messages', { status: 429, retryAfter: 0.3 });
      expect((await intro(ada, 'admin round')).content).toBe('Round started: 2 introductions on their way.');
      await vi.waitFor(
        async () => expect((await intros(fake.seed.guild.id)).map((i) => i.status)).toEqual(['sent', 'sent']),
        {
          timeout: 10_000,
          interval: 100,
        },
      );

      const made = threads();
      expect(made).toHaveLength(2);
      const pairs = made.map((t) =>
        [...t.threadMembers.keys()].filter((id) => id !== fake.world.bot.id).sort(),
      );
      expect(pairs.flat().sort()).toEqual([ada.id, grace.id, linus.id, margaret.id].sort());
      const [introOne, introTwo] = await intros(fake.seed.guild.id);
      for (const [index, thread] of made.entries()) {
        expect(thread).toMatchObject({ parentId: intros_.id, thread: { invitable: false } });
        const message = only(fake.world.channelMessages(thread.id));
        for (const member of pairs[index]!) expect(message.content).toContain(`<@${member}>`);
        expect(message.content).toContain('**To start:** ');
        expect(message.content).toContain('Next step: ');
        expect(message.content).toContain('chess');
        // No judgement is asked in front of the partner: answers are asked in each member's own DM.
        expect(message.reactions).toEqual([]);
      }
      // Every intro's shared hobby (stored as its key) is in one of the thread texts, as a
      // member wrote it ("hikes" for "hiking").
      const mentions = (content: string, key: string) =>
        content.split(/[^\p{L}]+/u).some((word) => normaliseInterest(word) === key);
      for (const shared of [introOne!.shared, introTwo!.shared]) {
        expect(
          made.some((t) =>
            shared.hobbies.every((h) => mentions(fake.world.channelMessages(t.id)[0]!.content, h)),
          ),
        ).toBe(true);
      }
      const messagePosts = fake.requests.filter(
        (r) => r.method === 'POST' && r.route === '/channels/:channel/messages',
      );
      expect(messagePosts.map((r) => r.status).sort()).toEqual([200, 200, 429]);
      // The 429 came back to the outbox, which rescheduled that intro rather than sleep on it.
      const deliveries = (await kindred.runtime.metrics.deliveries.get()).values;
      const count = (result: string) =>
        deliveries.find((v) => v.labels.kind === 'intro' && v.labels.result === result)?.value;
      expect([count('rescheduled'), count('sent')]).toEqual([1, 2]);
      expect(
        fake.requests.filter((r) => r.method === 'POST' && r.route === '/channels/:channel/threads'),
      ).toHaveLength(2);
    });

    // Thread messages sent before answers were asked privately carry the three reactions;
    // members' reactions there still count.
    it('GIVEN reactions on the thread messages THEN the members’ answers are recorded, others ignored, and stats count them', async () => {
      const { ada } = fake.seed.users;
      const [first, second] = threads().map((t) => ({
        thread: t,
        message: fake.world.channelMessages(t.id)[0]!,
        members: [...t.threadMembers.keys()].filter((id) => id !== fake.world.bot.id),
      }));
      const on = (t: typeof first) => ({ channelId: t!.thread.id, messageId: t!.message.id });
      react({ ...on(first), userId: first!.members[0]!, emoji: { name: '🤝' } });
      react({ ...on(first), userId: first!.members[1]!, emoji: { name: '🤝🏽' } });
      react({ ...on(second), userId: second!.members[0]!, emoji: { name: '😐' } });
      react({ ...on(second), userId: second!.members[1]!, emoji: { name: '🚫' } });
      // Ignored: someone from the other intro, another emoji.
      react({ ...on(first), userId: second!.members[0]!, emoji: { name: '🚫' } });
      react({ ...on(second), userId: second!.members[1]!, emoji: { name: '👍' } });
      await vi.waitFor(async () => expect(Object.keys(await feedback())).toHaveLength(4), {
        timeout: 15_000,
        interval: 50,
      });
      expect(await feedback()).toEqual({
        [first!.members[0]!]: 'genuine',
        [first!.members[1]!]: 'genuine',
        [second!.members[0]!]: 'transactional',
        [second!.members[1]!]: 'no_show',
      });
      const stats = (await intro(ada, 'admin stats')).content;
      expect(stats).toContain('Intros: 2 sent, 0 pending, 0 failed');
      expect(stats).toContain("Feedback: 4 answers on 2 intros: 2 genuine, 1 transactional, 1 didn't meet.");
    });

    it('GIVEN a client restart THEN a reaction on the now uncached intro message still counts, and a removal retracts', async () => {
      await platform().stop();
      await platform().start();
      const [, second] = threads();
      const message = fake.world.channelMessages(second!.id)[0]!;
      const cached = platform().client?.channels.cache.get(second!.id);
      expect(cached && 'messages' in cached ? cached.messages.cache.size : 0).toBe(0);
      const [transactional, noShow] = [...second!.threadMembers.keys()].filter(
        (id) => id !== fake.world.bot.id,
      );
      react({ channelId: second!.id, messageId: message.id, userId: noShow!, emoji: { name: '🤝' } });
      react(
        { channelId: second!.id, messageId: message.id, userId: transactional!, emoji: { name: '😐' } },
        false,
      );
      await vi.waitFor(
        async () => {
          const answers = await feedback();
          expect(answers[noShow!]).toBe('genuine');
          expect(answers[transactional!]).toBeUndefined();
        },
        { timeout: 15_000, interval: 50 },
      );
    });

    it('GIVEN no intros channel and a partner with DMs closed THEN the failure is recorded, the partner told, and the admin sees why', async () => {
      const { ada, grace, linus } = fake.seed.users;
      await joinWithForm(grace, { hobbies: 'chess' }, quiet);
      await joinWithForm(linus, { hobbies: 'chess' }, quiet);
      expect((await intro(ada, 'admin round', [], quiet)).content).toBe(
        'Round started: 1 introduction on their way.',
      );
      await vi.waitFor(async () => expect((await intros(quiet.guild.id))[0]?.status).toBe('failed'), {
        timeout: 10_000,
        interval: 100,
      });
      expect((await intros(quiet.guild.id))[0]?.failureReason).toBe('dms_closed');

      const graceDm = fake.world.openDm(grace.id).id;
      await vi.waitFor(
        () =>
          expect(fake.world.channelMessages(graceDm).map((m) => m.content)).toEqual([
            expect.stringMatching(/could not be delivered to the person we matched you with/),
          ]),
        { timeout: 10_000, interval: 100 },
      );
      expect((await intro(ada, 'admin stats', [], quiet)).content).toContain(
        'Why some did not go out: DMs closed: 1.',
      );
    });

    it('GIVEN a DM intro and a restart THEN a reaction in the uncached DM counts (read from the raw gateway packet)', async () => {
      const { ada, grace, margaret } = fake.seed.users;
      await joinWithForm(grace, { hobbies: 'knitting' }, direct);
      await joinWithForm(margaret, { hobbies: 'knitting' }, direct);
      expect((await intro(ada, 'admin round', [], direct)).content).toBe(
        'Round started: 1 introduction on their way.',
      );
      await vi.waitFor(async () => expect((await intros(direct.guild.id))[0]?.status).toBe('sent'), {
        timeout: 10_000,
        interval: 100,
      });
      const dm = fake.world.openDm(margaret.id);
      const message = only(fake.world.channelMessages(dm.id));
      expect(message.content).toMatch(new RegExp(`^👋 Meet <@${grace.id}>!`));

      await platform().stop();
      await platform().start();
      expect(platform().client?.channels.cache.has(dm.id)).toBe(false);
      react({ channelId: dm.id, messageId: message.id, userId: margaret.id, emoji: { name: '🤝' } });
      await vi.waitFor(
        async () => expect(await feedback(direct.guild.id)).toEqual({ [margaret.id]: 'genuine' }),
        {
          timeout: 15_000,
          interval: 50,
        },
      );
      expect((await intro(ada, 'admin stats', [], direct)).content).toContain(
        'Feedback: 1 answers on 1 intros: 1 genuine',
      );
    });

    it('GIVEN a nudge DM THEN its button records the answer and the message is updated in place', async () => {
      const { grace, margaret } = fake.seed.users;
      const { rows } = await kindred.runtime.db.query<{ id: number }>(
        `SELECT i.id FROM intros i JOIN communities c ON c.id = i.community_id WHERE c.external_id = $1`,
        [direct.guild.id],
      );
      const introId = rows[0]!.id;
      const sent = await platform().sendDirect({
        kind: 'nudge',
        communityExternalId: direct.guild.id,
        userId: grace.id,
        introId,
        otherUserIds: [margaret.id],
        nonce: `nudge:${introId}:${grace.id}`,
      });
      expect(sent.ok).toBe(true);
      if (!sent.ok) return;
      const payload = fake.componentInteraction({
        user: grace,
        messageId: sent.messageId,
        customId: `kindred:fb:${direct.guild.id}:${introId}:transactional`,
      });
      fake.dispatch('INTERACTION_CREATE', payload);
      const answer = await answerTo(fake, payload);
      expect(answer.type).toBe(7);
      expect(fake.world.messages.get(sent.messageId)).toMatchObject({
        components: [],
        content: expect.stringContaining('Thanks! Noted: felt transactional.'),
      });
      expect(await feedback(direct.guild.id)).toEqual({
        [margaret.id]: 'genuine',
        [grace.id]: 'transactional',
      });

      // A forged press for an intro of another server is not recorded.
      const forged = fake.componentInteraction({
        user: grace,
        messageId: sent.messageId,
        customId: `kindred:fb:${fake.seed.guild.id}:${introId}:genuine`,
      });
      fake.dispatch('INTERACTION_CREATE', forged);
      expect((await answerTo(fake, forged)).flags).toBe(64);
      expect((await feedback(direct.guild.id))[grace.id]).toBe('transactional');
    });
  },
);
