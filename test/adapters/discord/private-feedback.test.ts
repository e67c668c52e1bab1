import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { discordAdapterFactory } from '../../../adapters/discord/discord-platform.ts';
import { loadConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/log.ts';
import { startKindred, type RunningKindred } from '../../../src/main.ts';
import { createRoundServices } from '../../../src/rounds/create-round-services.ts';
import type { SchedulerService } from '../../../src/rounds/schedule/scheduler-service.ts';
import { startFakeDiscord, type CommandOption, type FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import type { FakeMessage, FakeUser } from '../../fakes/discord/world/types.ts';
import { DRIVERS } from '../../support/test-db.ts';
import {
  answerTo,
  discordEnv,
  introOptions,
  NO_IDENTIFY_WAIT,
  type Answer,
} from './support/discord-harness.ts';
import { databaseEnv } from './support/database-env.ts';

describe.each(DRIVERS)('STORY on %s: Discord asks each member privately how an intro went', (driver) => {
  let fake: FakeDiscord;
  let kindred: RunningKindred;
  let scheduler: SchedulerService;
  let dropDb: () => Promise<void>;

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 200 });
    const database = await databaseEnv(driver);
    dropDb = database.drop;
    kindred = await startKindred({
      config: loadConfig({ ...discordEnv(fake), ...database.env, PORT: '0', HOST: '127.0.0.1' }),
      log: silentLogger(),
      adapters: [discordAdapterFactory({ clientOptions: NO_IDENTIFY_WAIT })],
      // The scheduler ticks when the test says so (as its every-minute cron would).
      extraServices: (runtime) => {
        const services = createRoundServices(runtime, { worker: { pollMs: 50 }, cron: '0 0 1 1 *' });
        scheduler = services.find((s) => s.name === 'scheduler') as SchedulerService;
        return services;
      },
    });
    // The first query of a freshly opened database can take seconds on a busy machine;
    // a member's first `/intro join` must answer within Discord's 3 s.
    await kindred.runtime.db.query('SELECT count(*) FROM members');
  });

  afterAll(async () => {
    await kindred?.stop();
    await fake?.stop();
    await dropDb?.();
  });

  async function intro(user: FakeUser, word: string, options: CommandOption[] = []): Promise<Answer> {
    const payload = fake.interactionCreate({
      user,
      guildId: fake.seed.guild.id,
      channelId: fake.seed.channels.general.id,
      name: 'intro',
      options: introOptions(word, options),
    });
    fake.dispatch('INTERACTION_CREATE', payload);
    return answerTo(fake, payload);
  }
  const thread = () => [...fake.world.channels.values()].find((c) => c.type === 12);
  const dmMessages = (user: FakeUser): FakeMessage[] =>
    fake.world.channelMessages(fake.world.openDm(user.id).id);
  const askOf = (user: FakeUser): FakeMessage | undefined => dmMessages(user)[0];
  const introId = async () =>
    (await kindred.runtime.db.query<{ id: number }>('SELECT id FROM intros')).rows[0]!.id;
  const feedback = async (): Promise<Record<string, string>> => {
    const { rows } = await kindred.runtime.db.query<{ userId: string; answer: string; source: string }>(
      `SELECT m.platform_user_id AS "userId", f.answer, f.source FROM feedback f JOIN members m ON m.id = f.member_id`,
    );
    return Object.fromEntries(rows.map((r) => [r.userId, `${r.answer} by ${r.source}`]));
  };
  const press = async (user: FakeUser, answer: string) => {
    const ask = askOf(user)!;
    const payload = fake.componentInteraction({
      user,
      messageId: ask.id,
      customId: `kindred:ask:${fake.seed.guild.id}:${await introId()}:${answer}`,
    });
    fake.dispatch('INTERACTION_CREATE', payload);
    return answerTo(fake, payload);
  };
  const messagePosts = () =>
    fake.requests.filter((r) => r.method === 'POST' && r.route === '/channels/:channel/messages');

  it('GIVEN a round THEN the private thread introduces the pair with no judgement reactions on it', async () => {
    const { ada, grace, margaret } = fake.seed.users;
    for (const user of [grace, margaret]) {
      await intro(user, 'join');
      await intro(user, 'hobbies', [{ type: 3, name: 'interests', value: 'chess, running' }]);
    }
    const intros = fake.seed.channels.intros;
    await intro(ada, 'admin channel', [{ type: 7, name: 'channel', value: intros.id }]);
    expect((await intro(ada, 'admin round')).content).toBe('Round started: 1 introduction on their way.');
    await vi.waitFor(() => expect(thread() && fake.world.channelMessages(thread()!.id)).toHaveLength(1), {
      timeout: 10_000,
      interval: 50,
    });

    const [message] = fake.world.channelMessages(thread()!.id);
    expect(message!.content).toContain('I will ask each of you privately how it went');
    expect(message!.content).not.toMatch(/🤝|😐|🚫|felt genuine|felt transactional/);
    expect(message!.reactions).toEqual([]);
    expect(fake.requests.filter((r) => r.route?.includes('/reactions/'))).toEqual([]);
  });

  it('GIVEN the next tick THEN each member is asked in a DM of their own, naming only the partner, with three buttons', async () => {
    const { grace, margaret } = fake.seed.users;
    await scheduler.tick();
    await vi.waitFor(() => expect([askOf(grace), askOf(margaret)]).not.toContain(undefined), {
      timeout: 10_000,
      interval: 50,
    });

    for (const [user, partner] of [
      [grace, margaret],
      [margaret, grace],
    ] as const) {
      const ask = askOf(user)!;
      expect(ask.content).toContain(`I have just introduced you to <@${partner.id}>`);
      expect(ask.content).toContain('the people you met never see it');
      expect(ask.content).not.toContain(`<@${user.id}>`);
      const buttons = (ask.components[0] as { components: { custom_id: string }[] }).components;
      expect(buttons.map((b) => b.custom_id.split(':').slice(0, 2).join(':'))).toEqual([
        'kindred:ask',
        'kindred:ask',
        'kindred:ask',
      ]);
    }
    await scheduler.tick();
    expect(messagePosts()).toHaveLength(3);
  });

  it('GIVEN a button in one DM and a reaction in the other THEN both are recorded, the button answered by its own reply', async () => {
    const { grace, margaret } = fake.seed.users;
    const requestsBefore = fake.requests.length;
    const answer = await press(grace, 'genuine');
    expect(answer.type).toBe(7);
    // The interaction's reply was the only request: no message sent, fetched or edited besides.
    expect(fake.requests.slice(requestsBefore).map((r) => r.route)).toEqual([
      '/interactions/:interaction/:token/callback',
    ]);
    expect(askOf(grace)!.content).toContain('Noted, privately: 🤝 felt genuine.');
    expect(askOf(grace)!.components).toHaveLength(1);

    const ask = askOf(margaret)!;
    fake.dispatch(
      'MESSAGE_REACTION_ADD',
      fake.messageReactionAdd({
        channelId: ask.channelId,
        messageId: ask.id,
        userId: margaret.id,
        emoji: { name: '😐' },
      }),
    );
    await vi.waitFor(async () => expect(Object.keys(await feedback())).toHaveLength(2), {
      timeout: 15_000,
      interval: 50,
    });
    expect(await feedback()).toEqual({
      [grace.id]: 'genuine by button',
      [margaret.id]: 'transactional by reaction',
    });
  });

  it('GIVEN a changed mind THEN the new button replaces the answer and the one noted line', async () => {
    const { grace } = fake.seed.users;
    expect((await press(grace, 'no_show')).type).toBe(7);
    const content = askOf(grace)!.content;
    expect(content.match(/Noted, privately/g)).toHaveLength(1);
    expect(content).toContain("Noted, privately: 🚫 we didn't meet.");
    expect((await feedback())[grace.id]).toBe('no_show by button');
  });

  it('GIVEN those answers THEN the partner sees nothing of them, and cannot answer on the other’s ask', async () => {
    const { grace, margaret } = fake.seed.users;
    const ask = askOf(grace)!;
    fake.dispatch(
      'MESSAGE_REACTION_ADD',
      fake.messageReactionAdd({
        channelId: ask.channelId,
        messageId: ask.id,
        userId: margaret.id,
        emoji: { name: '🤝' },
      }),
    );
    // Give the ignored reaction the time a recorded one takes, then check nothing changed.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await feedback())[margaret.id]).toBe('transactional by reaction');

    const [message] = fake.world.channelMessages(thread()!.id);
    expect(fake.world.channelMessages(thread()!.id)).toHaveLength(1);
    expect(message!.reactions).toEqual([]);
    expect(dmMessages(margaret)).toHaveLength(1);
    expect(askOf(margaret)!.content).not.toContain('Noted');
    expect(messagePosts()).toHaveLength(3);
    expect(
      fake.requests.filter((r) => r.method === 'PATCH' && r.route === '/channels/:channel/messages/:message'),
    ).toEqual([]);
  });
});
