import { afterEach, describe, expect, it } from 'vitest';
import { OUTSIDE_SERVER_REPLY } from '../../../adapters/discord/listeners/on-intro-command.ts';
import { findCommunity } from '../../../src/store/community-repository.ts';
import { Intents, Permission, startFakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { DRIVERS, useTestDb } from '../../support/test-db.ts';
import { startDiscordHarness, type DiscordHarness } from './support/discord-harness.ts';

const EPHEMERAL = 64;

describe.each(DRIVERS)('Discord /intro through the real discord.js client on %s', (driver) => {
  const store = useTestDb(driver);
  let h: DiscordHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });
  const start = async () => (h = await startDiscordHarness(store.db));

  it('logs in through /gateway/bot, HELLO, IDENTIFY with no privileged intents, READY, and heartbeats', async () => {
    const { fake, platform } = await start();
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 200 });
    const identify = await fake.waitForGatewayOp(2);
    const intents = (identify.d as { intents: number }).intents;
    expect(intents).toBe(Intents.Guilds | Intents.GuildMessageReactions | Intents.DirectMessageReactions);
    expect(intents & (Intents.GuildMembers | Intents.GuildPresences | Intents.MessageContent)).toBe(0);
    await fake.waitForGatewayOp(1, 3_000);
    expect(platform.client?.isReady()).toBe(true);
    expect(platform.client?.guilds.cache.has(fake.seed.guild.id)).toBe(true);
  });

  it('GIVEN join THEN it opens the profile modal; the submit saves the profile and answers privately', async () => {
    const { fake } = await start();
    const { grace } = fake.seed.users;
    const join = await h!.intro(grace, 'join');
    expect(join.type).toBe(9);
    expect(join.modal).toMatchObject({ custom_id: 'kindred:profile' });
    const saved = await h!.submitProfile(grace, {
      hobbies: 'Hiking, chess',
      volunteer: 'food banks',
      industry: 'software',
      cadence: 'weekly',
      timezone: 'Europe/London',
    });
    expect(saved.flags).toBe(EPHEMERAL);
    // The profile shows interests as the member wrote them.
    expect(saved.content).toContain('Hobbies: Hiking, chess');
    expect(saved.content).toContain('Volunteering: food banks');
    expect(saved.content).toContain('Timezone: Europe/London');

    // Joining again prefills the form, with what the server already uses as suggestions.
    const again = await h!.intro(grace, 'join');
    const inputs = (
      again.modal?.components as { component: { custom_id: string; value?: string; placeholder?: string } }[]
    ).map((c) => c.component);
    expect(inputs.find((i) => i.custom_id === 'hobbies')).toMatchObject({
      value: 'hiking, chess',
      placeholder: 'Popular here: chess, hiking',
    });
  });

  it('answers every member word privately, after a defer, with what the command layer says', async () => {
    const { fake } = await start();
    const { margaret, linus } = fake.seed.users;
    await h!.intro(margaret, 'join');
    const hobbies = await h!.intro(margaret, 'hobbies', [
      { type: 3, name: 'interests', value: 'Knitting, Chess' },
    ]);
    expect(hobbies).toMatchObject({
      type: 5,
      flags: EPHEMERAL,
      content: 'Saved your hobbies: knitting, chess.',
    });
    expect(hobbies.allowedMentions).toEqual({ parse: [] });
    expect(
      (await h!.intro(margaret, 'volunteer', [{ type: 3, name: 'interests', value: 'mentoring' }])).content,
    ).toBe('Saved your causes: mentoring.');
    expect((await h!.intro(margaret, 'profile')).content).toContain('Hobbies: Knitting, Chess');
    expect((await h!.intro(margaret, 'pause', [{ type: 3, name: 'for', value: '2w' }])).content).toMatch(
      /^Paused until \d{4}-/,
    );
    expect((await h!.intro(margaret, 'resume')).content).toMatch(/Welcome back/);
    expect(
      (await h!.intro(margaret, 'block', [{ type: 6, name: 'member', value: linus.id }])).content,
    ).toMatch(/never introduce you two/);
    expect((await h!.intro(margaret, 'help')).content).toContain('/intro join');
    expect((await h!.intro(margaret, 'leave')).content).toMatch(/You have left/);
    expect((await h!.intro(margaret, 'forget')).content).toMatch(/everything I held about you is deleted/);
  });

  it('GIVEN export THEN the data comes as a JSON file attached to the private reply', async () => {
    const { fake } = await start();
    const { grace } = fake.seed.users;
    await h!.intro(grace, 'join');
    const answer = await h!.intro(grace, 'export');
    expect(answer.content).toBe('Here is everything I hold about you.');
    expect(answer.files).toEqual([{ name: 'kindred-export.json', size: expect.any(Number) }]);
    expect(answer.files[0]?.size).toBeGreaterThan(100);
  });

  it('GIVEN a member without Manage Server THEN admin words are refused; with it, or in KINDRED_ADMINS, they work', async () => {
    const { fake } = await start();
    const { linus, grace, margaret } = fake.seed.users;
    const intros = fake.seed.channels.intros.id;
    const channel = [{ type: 7 as const, name: 'channel', value: intros }];
    expect((await h!.intro(linus, 'admin channel', channel)).content).toBe(
      'Only admins of this community can do that.',
    );
    expect((await h!.intro(linus, 'admin stats')).content).toBe('Only admins of this community can do that.');

    // grace is a moderator: her role has Manage Server.
    expect((await h!.intro(grace, 'admin channel', channel)).content).toBe(
      `Intros will now open as private threads in <#${intros}>.`,
    );
    const community = await findCommunity(store.db, { platform: 'discord', externalId: h!.guildId });
    expect(community?.introsChannel).toBe(intros);
    const schedule = await h!.intro(grace, 'admin schedule', [
      { type: 3, name: 'cron', value: '0 10 * * 1' },
      { type: 3, name: 'timezone', value: 'Europe/London' },
    ]);
    expect(schedule.content).toBe('Rounds now run on `0 10 * * 1` (Europe/London).');
    expect(
      (await h!.intro(grace, 'admin schedule', [{ type: 3, name: 'cron', value: 'soon' }])).content,
    ).toMatch(/not a cron expression/);
    expect((await h!.intro(grace, 'admin stats')).content).toBeTruthy();
    expect((await h!.intro(grace, 'admin round')).content).toMatch(/not enough members/);
    // Manage Server from the interaction's member permissions, not the cache.
    expect(
      (await h!.intro(margaret, 'admin stats', [], { memberPermissions: Permission.ManageGuild })).content,
    ).not.toBe('Only admins of this community can do that.');
  });

  it('GIVEN a channel where the bot lacks a permission THEN admin channel says which, so intros do not fail silently', async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 200 });
    const { general } = fake.seed.channels;
    general.overwrites.push({
      id: fake.seed.botRole.id,
      type: 0,
      allow: 0n,
      deny: Permission.CreatePrivateThreads,
    });
    try {
      h = await startDiscordHarness(store.db, { fake });
      const answer = await h.intro(fake.seed.users.ada, 'admin channel', [
        { type: 7, name: 'channel', value: general.id },
      ]);
      expect(answer.content).toBe(
        `Intros will now open as private threads in <#${general.id}>.\nHeads up: my role lacks CreatePrivateThreads in that channel, so intros there will fail until it has them.`,
      );
    } finally {
      await h?.stop();
      h = undefined;
      await fake.stop();
    }
  });

  it('GIVEN a user listed in KINDRED_ADMINS THEN admin words work without Manage Server', async () => {
    h = await startDiscordHarness(store.db, { admins: (seed) => [seed.users.linus.id] });
    const answer = await h.intro(h.fake.seed.users.linus, 'admin stats');
    expect(answer.content).not.toBe('Only admins of this community can do that.');
  });

  it('GIVEN /intro in a DM with the bot THEN it says it works inside a server', async () => {
    const { fake } = await start();
    const answer = await h!.intro(fake.seed.users.grace, 'join', [], { dm: true });
    expect(answer).toMatchObject({ type: 4, flags: EPHEMERAL, content: OUTSIDE_SERVER_REPLY });
  });

  it('GIVEN an unknown subcommand from a stale registration THEN it answers with help', async () => {
    const { fake } = await start();
    const answer = await h!.intro(fake.seed.users.grace, 'dance');
    expect(answer.content).toMatch(/^I don't know "dance"/);
  });
});
