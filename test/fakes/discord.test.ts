import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ActionRowBuilder,
  ChannelType,
  Client,
  DiscordAPIError,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  Partials,
  TextInputBuilder,
  TextInputStyle,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type ClientOptions,
  type Interaction,
  type MessageReaction,
  type ModalSubmitInteraction,
  type PartialMessageReaction,
  type PartialUser,
  type TextChannel,
  type User,
} from 'discord.js';
import { Intents, Permission } from './discord/constants.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './discord/fake-discord.ts';

const intents = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessageReactions,
  GatewayIntentBits.DirectMessageReactions,
];

let fake: FakeDiscord | undefined;
let client: Client | undefined;

afterEach(async () => {
  await client?.destroy();
  await fake?.stop();
  client = undefined;
  fake = undefined;
});

/** Starts the fake and logs a real discord.js client into it, resolved once `clientReady` fired. */
async function connect(
  clientOptions: Partial<ClientOptions> = {},
  fakeOptions: FakeDiscordOptions = {},
): Promise<{ fake: FakeDiscord; client: Client }> {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 100, ...fakeOptions });
  const started = new Client({
    intents,
    partials: [Partials.Message, Partials.Channel, Partials.Reaction, Partials.User],
    rest: { api: fake.apiUrl },
    ...clientOptions,
  });
  client = started;
  started.on('error', () => {});
  const ready = new Promise<void>((resolve) => started.once('clientReady', () => resolve()));
  await started.login(fake.token);
  await ready;
  return { fake, client: started };
}

function next<T>(emitter: Client, event: 'interactionCreate'): Promise<T> {
  return new Promise((resolve) => emitter.once(event, (value: Interaction) => resolve(value as T)));
}

async function textChannel(client: Client, id: string): Promise<TextChannel> {
  const channel = await client.channels.fetch(id);
  if (channel?.type !== ChannelType.GuildText) throw new Error('expected a text channel');
  return channel;
}

describe('fake Discord gateway with the real discord.js client', () => {
  it('logs in, gets its guild from GUILD_CREATE and emits clientReady without waiting for waitGuildTimeout', async () => {
    const before = Date.now();
    const { fake, client } = await connect();
    expect(Date.now() - before).toBeLessThan(5_000);
    expect(client.user?.id).toBe(fake.world.bot.id);
    const guild = client.guilds.cache.get(fake.seed.guild.id);
    expect(guild?.available).toBe(true);
    expect(guild?.ownerId).toBe(fake.seed.users.ada.id);
    expect(guild?.channels.cache.get(fake.seed.channels.intros.id)?.name).toBe('intros');
    // Without GUILD_MEMBERS only the bot's own member comes with GUILD_CREATE, as on Discord.
    expect([...(guild?.members.cache.keys() ?? [])]).toEqual([fake.world.bot.id]);
    expect(fake.gateway.received.entries.find((p) => p.op === 2)?.d).toMatchObject({
      intents: 1 | (1 << 10) | (1 << 13),
      token: '[redacted]',
    });
  });

  it('acknowledges heartbeats; without acks the client calls the connection a zombie and resumes', async () => {
    const { fake, client } = await connect();
    await fake.waitForGatewayOp(1);
    await vi.waitFor(() => expect(client.ws.ping).toBeGreaterThanOrEqual(0), { timeout: 2_000 });

    fake.gateway.ackHeartbeats = false;
    await fake.waitForGatewayOp(6, 3_000);
    fake.gateway.ackHeartbeats = true;
    await vi.waitFor(() => expect(client.ws.status).toBe(0), { timeout: 2_000 });
  });

  it('resumes after a dropped connection and replays the dispatch sent while it was away', async () => {
    const { fake, client } = await connect();
    const resumed = new Promise<void>((resolve) => client.once('shardResume', () => resolve()));
    fake.dropConnections();
    const ada = fake.seed.users.ada;
    const payload = fake.interactionCreate({
      user: ada,
      guildId: fake.seed.guild.id,
      channelId: fake.seed.channels.intros.id,
      name: 'intro',
      options: [{ type: 1, name: 'help' }],
    });
    const arrived = next<ChatInputCommandInteraction>(client, 'interactionCreate');
    expect(fake.dispatch('INTERACTION_CREATE', payload)).toBe(1);
    await resumed;
    expect((await arrived).id).toBe(payload.id);
    expect(fake.gateway.received.entries.some((p) => p.op === 6)).toBe(true);
    expect(fake.gateway.received.entries.filter((p) => p.op === 2)).toHaveLength(1);
  });

  it('makes the client IDENTIFY afresh after a gateway restart loses its session', async () => {
    const { fake, client } = await connect({
      // @discordjs/ws spaces IDENTIFYs 5 s apart; a test cannot wait for that.
      ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
    });
    fake.restartGateway();
    await vi.waitFor(() => expect(fake.gateway.received.entries.filter((p) => p.op === 2)).toHaveLength(2), {
      timeout: 4_000,
    });
    await vi.waitFor(() => expect(client.ws.status).toBe(0), { timeout: 2_000 });
  });

  it('closes an IDENTIFY asking for a privileged intent the application lacks with 4014', async () => {
    await expect(connect({ intents: [...intents, GatewayIntentBits.GuildMembers] })).rejects.toThrow(
      /disallowed intents/i,
    );
  });
});

describe('fake Discord interactions', () => {
  it('delivers /intro help as a ChatInputCommandInteraction and takes an ephemeral reply (type 4, flags 64)', async () => {
    const { fake, client } = await connect();
    const arrived = next<ChatInputCommandInteraction>(client, 'interactionCreate');
    fake.dispatch(
      'INTERACTION_CREATE',
      fake.interactionCreate({
        user: fake.seed.users.grace,
        guildId: fake.seed.guild.id,
        channelId: fake.seed.channels.intros.id,
        name: 'intro',
        options: [{ type: 1, name: 'help' }],
      }),
    );
    const interaction = await arrived;
    expect(interaction.isChatInputCommand()).toBe(true);
    expect(interaction.commandName).toBe('intro');
    expect(interaction.options.getSubcommand()).toBe('help');
    expect(interaction.user.id).toBe(fake.seed.users.grace.id);
    expect(interaction.inGuild()).toBe(true);

    await interaction.reply({ content: 'How Kindred works', flags: MessageFlags.Ephemeral });
    const callback = await fake.waitForRequest('POST /interactions/:id/:token/callback');
    expect(callback.body).toEqual({
      type: 4,
      data: expect.objectContaining({ content: 'How Kindred works', flags: 64 }),
    });
    expect(callback.headers.authorization).toBeUndefined();
    expect(callback.status).toBe(204);

    const edited = await interaction.editReply({ content: 'Updated' });
    expect(edited.content).toBe('Updated');
    expect((await fake.waitForRequest('PATCH /webhooks/:app/:token/messages/@original')).status).toBe(200);
  });

  it('delivers a command used in the bot DM with `user` instead of `member`, and takes its reply', async () => {
    const { fake, client } = await connect();
    const { grace } = fake.seed.users;
    const arrived = next<ChatInputCommandInteraction>(client, 'interactionCreate');
    const payload = fake.interactionCreate({
      user: grace,
      name: 'intro',
      options: [{ type: 1, name: 'help' }],
    });
    expect(payload).toMatchObject({ context: 1, user: { id: grace.id } });
    expect(payload).not.toHaveProperty('member');
    fake.dispatch('INTERACTION_CREATE', payload);
    const interaction = await arrived;
    expect(interaction.inGuild()).toBe(false);
    expect(interaction.channel?.isDMBased()).toBe(true);
    expect(interaction.user.id).toBe(grace.id);
    await interaction.reply('Here is how Kindred works');
    expect(fake.world.channelMessages(fake.world.openDm(grace.id).id)).toHaveLength(1);
  });

  it('resolves user options and subcommand groups into the interaction', async () => {
    const { fake, client } = await connect();
    const arrived = next<ChatInputCommandInteraction>(client, 'interactionCreate');
    const { linus } = fake.seed.users;
    fake.dispatch(
      'INTERACTION_CREATE',
      fake.interactionCreate({
        user: fake.seed.users.ada,
        guildId: fake.seed.guild.id,
        channelId: fake.seed.channels.general.id,
        name: 'intro',
        memberPermissions: Permission.ManageGuild,
        options: [
          {
            type: 2,
            name: 'admin',
            options: [{ type: 1, name: 'skip', options: [{ type: 6, name: 'member', value: linus.id }] }],
          },
        ],
      }),
    );
    const interaction = await arrived;
    expect(interaction.options.getSubcommandGroup()).toBe('admin');
    expect(interaction.options.getSubcommand()).toBe('skip');
    expect(interaction.options.getUser('member')?.username).toBe('linus');
    expect(interaction.memberPermissions?.has('ManageGuild')).toBe(true);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    expect((await fake.waitForRequest('POST /interactions/:id/:token/callback')).body).toEqual({
      type: 5,
      data: { flags: 64 },
    });
    // After a deferred response the first follow-up fills in the "thinking…" message.
    const followUp = await interaction.followUp({ content: 'Linus skips this round' });
    expect(followUp.id).toBe((await interaction.fetchReply()).id);
    expect(followUp.flags.has(MessageFlags.Ephemeral)).toBe(true);
    const second = await interaction.followUp({ content: 'Anything else?' });
    expect(second.id).not.toBe(followUp.id);
  });

  it('records showModal as a type 9 callback and delivers the modal submit with its fields', async () => {
    const { fake, client } = await connect();
    const { margaret } = fake.seed.users;
    const arrived = next<ChatInputCommandInteraction>(client, 'interactionCreate');
    fake.dispatch(
      'INTERACTION_CREATE',
      fake.interactionCreate({
        user: margaret,
        guildId: fake.seed.guild.id,
        channelId: fake.seed.channels.intros.id,
        name: 'intro',
        options: [{ type: 1, name: 'profile' }],
      }),
    );
    const modal = new ModalBuilder()
      .setCustomId('profile')
      .setTitle('Your profile')
      .addComponents(
        new ActionRowBuilder<TextInputBuilder>().addComponents(
          new TextInputBuilder()
            .setCustomId('hobbies')
            .setLabel('Hobbies')
            .setStyle(TextInputStyle.Paragraph),
        ),
      );
    await (await arrived).showModal(modal);
    const callback = await fake.waitForRequest('POST /interactions/:id/:token/callback');
    expect(callback.body).toMatchObject({ type: 9, data: { custom_id: 'profile', title: 'Your profile' } });

    const submitted = next<ModalSubmitInteraction>(client, 'interactionCreate');
    fake.dispatch(
      'INTERACTION_CREATE',
      fake.modalSubmit({
        user: margaret,
        guildId: fake.seed.guild.id,
        channelId: fake.seed.channels.intros.id,
        customId: 'profile',
        fields: { hobbies: 'bouldering, choirs' },
      }),
    );
    const submit = await submitted;
    expect(submit.isModalSubmit()).toBe(true);
    expect(submit.fields.getTextInputValue('hobbies')).toBe('bouldering, choirs');
    const response = await submit.reply({
      content: 'Saved',
      flags: MessageFlags.Ephemeral,
      withResponse: true,
    });
    expect(response.resource?.message?.content).toBe('Saved');
    expect(response.interaction.responseMessageEphemeral).toBe(true);
  });

  it('delivers a button press with its message and applies update() as a type 7 callback', async () => {
    const { fake, client } = await connect();
    const intros = await textChannel(client, fake.seed.channels.intros.id);
    const sent = await intros.send({
      content: 'Did you meet?',
      components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'met:yes', label: 'Yes' }] }],
    });
    const pressed = next<ButtonInteraction>(client, 'interactionCreate');
    fake.dispatch(
      'INTERACTION_CREATE',
      fake.componentInteraction({
        user: fake.seed.users.ada,
        guildId: fake.seed.guild.id,
        messageId: sent.id,
        customId: 'met:yes',
      }),
    );
    const button = await pressed;
    expect(button.isButton()).toBe(true);
    expect(button.customId).toBe('met:yes');
    expect(button.message.id).toBe(sent.id);
    await button.update({ content: 'Thanks!', components: [] });
    expect((await fake.waitForRequest('POST /interactions/:id/:token/callback')).body).toMatchObject({
      type: 7,
    });
    expect(fake.world.messages.get(sent.id)).toMatchObject({ content: 'Thanks!', components: [] });
  });

  it('expires an interaction that got no response within 3 s (10062 Unknown interaction)', async () => {
    let now = Date.now();
    const { fake, client } = await connect({}, { clock: () => now });
    const arrived = next<ChatInputCommandInteraction>(client, 'interactionCreate');
    fake.dispatch(
      'INTERACTION_CREATE',
      fake.interactionCreate({
        user: fake.seed.users.ada,
        guildId: fake.seed.guild.id,
        channelId: fake.seed.channels.intros.id,
        name: 'intro',
      }),
    );
    const interaction = await arrived;
    now += 3_001;
    await expect(interaction.reply('too late')).rejects.toMatchObject({ code: 10062, status: 404 });
  });

  it('answers a second response to one interaction with 40060 and an unknown one with 10062', async () => {
    const { fake, client } = await connect();
    const payload = fake.interactionCreate({
      user: fake.seed.users.ada,
      guildId: fake.seed.guild.id,
      channelId: fake.seed.channels.intros.id,
      name: 'intro',
    });
    const route = `/interactions/${payload.id}/${payload.token}/callback` as const;
    await client.rest.post(route, { body: { type: 4, data: { content: 'one' } }, auth: false });
    await expect(
      client.rest.post(route, { body: { type: 4, data: { content: 'two' } }, auth: false }),
    ).rejects.toMatchObject({
      code: 40060,
      status: 400,
    });
    await expect(
      client.rest.post(`/interactions/${payload.id}/wrong-token/callback`, {
        body: { type: 5 },
        auth: false,
      }),
    ).rejects.toMatchObject({ code: 10062, status: 404 });
  });

  it('stores bulk-overwritten commands with ids and keeps an id when the command is overwritten again', async () => {
    const { fake, client } = await connect();
    const command = { name: 'intro', description: 'Meet someone new' };
    const first = await client.application?.commands.set([command], fake.seed.guild.id);
    const second = await client.application?.commands.set([command], fake.seed.guild.id);
    expect(first?.first()?.id).toBeDefined();
    expect(second?.first()?.id).toBe(first?.first()?.id);
    expect((await fake.waitForRequest('PUT /applications/:app/guilds/:guild/commands')).body).toEqual([
      expect.objectContaining(command),
    ]);
    await expect(
      client.application?.commands.set([{ name: 'Intro', description: 'x' }]),
    ).rejects.toMatchObject({ code: 50035 });
  });
});

describe('fake Discord reactions and intents', () => {
  it('emits a reaction on a message the client never cached as a partial reaction', async () => {
    const { fake, client } = await connect();
    const intros = fake.seed.channels.intros;
    const message = fake.world.addMessage({
      channelId: intros.id,
      authorId: fake.world.bot.id,
      content: 'Meet Grace',
    });
    const seen = new Promise<[MessageReaction | PartialMessageReaction, User | PartialUser]>((resolve) =>
      client.once('messageReactionAdd', (reaction, user) => resolve([reaction, user])),
    );
    const payload = fake.messageReactionAdd({
      userId: fake.seed.users.grace.id,
      channelId: intros.id,
      messageId: message.id,
      emoji: { name: '👍' },
    });
    expect(payload).toMatchObject({
      guild_id: fake.seed.guild.id,
      member: { user: { id: fake.seed.users.grace.id } },
    });
    expect(fake.dispatch('MESSAGE_REACTION_ADD', payload)).toBe(1);
    const [reaction, user] = await seen;
    expect(reaction.partial).toBe(true);
    expect(reaction.message.partial).toBe(true);
    expect(reaction.emoji.name).toBe('👍');
    expect(user.id).toBe(fake.seed.users.grace.id);
    const fetched = await reaction.message.fetch();
    expect(fetched.reactions.cache.get('👍')?.count).toBe(1);
  });

  it('does not deliver a dispatch the client has no intent for', async () => {
    const { fake, client } = await connect();
    const raw: string[] = [];
    client.on('raw', (packet: { t: string | null }) => raw.push(String(packet.t)));
    const message = fake.world.addMessage({
      channelId: fake.seed.channels.general.id,
      authorId: fake.seed.users.ada.id,
      content: 'hi',
    });
    // MESSAGE_CREATE in a guild needs GUILD_MESSAGES, TYPING_START needs GUILD_MESSAGE_TYPING.
    expect(
      fake.dispatch('MESSAGE_CREATE', {
        id: message.id,
        channel_id: message.channelId,
        guild_id: fake.seed.guild.id,
      }),
    ).toBe(0);
    expect(
      fake.dispatch('TYPING_START', {
        channel_id: message.channelId,
        guild_id: fake.seed.guild.id,
        user_id: fake.seed.users.ada.id,
        timestamp: 0,
      }),
    ).toBe(0);
    const reaction = fake.messageReactionAdd({
      userId: fake.seed.users.ada.id,
      channelId: message.channelId,
      messageId: message.id,
      emoji: { name: '🎉' },
    });
    expect(fake.dispatch('MESSAGE_REACTION_ADD', reaction)).toBe(1);
    await vi.waitFor(() => expect(raw).toContain('MESSAGE_REACTION_ADD'));
    expect(raw).not.toContain('MESSAGE_CREATE');
    expect(raw).not.toContain('TYPING_START');
  });

  it('shows discord.js 14.28 drops DM reactions in an uncached DM channel until the DM is opened again', async () => {
    const { fake, client } = await connect();
    const { grace } = fake.seed.users;
    const dm = fake.world.openDm(grace.id);
    const message = fake.world.addMessage({
      channelId: dm.id,
      authorId: fake.world.bot.id,
      content: 'How did it go?',
    });
    const emitted: string[] = [];
    const raw: string[] = [];
    client.on('messageReactionAdd', (reaction) => emitted.push(reaction.emoji.name ?? ''));
    client.on('raw', (packet: { t: string | null }) => raw.push(String(packet.t)));
    const react = (name: string) =>
      fake.messageReactionAdd({ userId: grace.id, channelId: dm.id, messageId: message.id, emoji: { name } });
    const thumbsDown = react('👎');
    expect(thumbsDown).not.toHaveProperty('guild_id');
    fake.dispatch('MESSAGE_REACTION_ADD', thumbsDown);
    // 'raw' fires just before discord.js handles the packet, in the same tick.
    await vi.waitFor(() => expect(raw).toContain('MESSAGE_REACTION_ADD'));
    expect(emitted).toEqual([]);

    await client.users.createDM(grace.id);
    fake.dispatch('MESSAGE_REACTION_ADD', react('👍'));
    await vi.waitFor(() => expect(emitted).toEqual(['👍']));
  });
});

describe('fake Discord REST', () => {
  it('creates a private thread (type 12, invitable false) and adds a member to it', async () => {
    const { fake, client } = await connect();
    const intros = await textChannel(client, fake.seed.channels.intros.id);
    const thread = await intros.threads.create({
      name: 'Ada × Grace',
      type: ChannelType.PrivateThread,
      invitable: false,
    });
    expect(thread.type).toBe(ChannelType.PrivateThread);
    expect(thread.parentId).toBe(intros.id);
    expect((await fake.waitForRequest('POST /channels/:id/threads')).body).toMatchObject({
      type: 12,
      invitable: false,
      name: 'Ada × Grace',
    });
    await thread.members.add(fake.seed.users.ada.id);
    await thread.members.add(fake.seed.users.grace.id);
    expect([...(fake.world.channels.get(thread.id)?.threadMembers.keys() ?? [])]).toEqual([
      fake.world.bot.id,
      fake.seed.users.ada.id,
      fake.seed.users.grace.id,
    ]);
    await thread.send({ content: `Meet <@${fake.seed.users.grace.id}>`, allowedMentions: { parse: [] } });
    expect(fake.world.channelMessages(thread.id)).toHaveLength(1);
  });

  it('refuses a private thread when the bot lacks Create Private Threads (403 50013)', async () => {
    const { fake, client } = await connect();
    fake.seed.channels.general.overwrites.push({
      id: fake.seed.botRole.id,
      type: 0,
      allow: 0n,
      deny: Permission.CreatePrivateThreads,
    });
    const general = await textChannel(client, fake.seed.channels.general.id);
    const attempt = general.threads.create({ name: 'x', type: ChannelType.PrivateThread });
    await expect(attempt).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(attempt).rejects.toMatchObject({ code: 50013, status: 403, message: 'Missing Permissions' });
  });

  it('returns the original DM message when a lost response is retried with nonce + enforce_nonce', async () => {
    const { fake, client } = await connect();
    const dm = await client.users.createDM(fake.seed.users.grace.id);
    // The first POST takes effect but its answer is lost (500); @discordjs/rest retries it.
    fake.failNext('POST /channels/:id/messages', { status: 500, afterHandling: true });
    const sent = await dm.send({
      content: 'Your intro is ready',
      nonce: 'round-7-grace',
      enforceNonce: true,
    });
    const posts = fake.requests.filter(
      (r) => r.method === 'POST' && r.route === '/channels/:channel/messages',
    );
    expect(posts.map((r) => r.status)).toEqual([500, 200]);
    expect(posts[1]?.body).toMatchObject({ nonce: 'round-7-grace', enforce_nonce: true });
    const stored = fake.world.channelMessages(dm.id);
    expect(stored.map((m) => m.id)).toEqual([sent.id]);

    // Without enforce_nonce the same retry posts twice.
    fake.failNext('POST /channels/:id/messages', { status: 500, afterHandling: true });
    await dm.send({ content: 'Reminder', nonce: 'round-7-grace-2' });
    expect(fake.world.channelMessages(dm.id)).toHaveLength(3);
  });

  it('retries a message create answered with 429 and succeeds', async () => {
    const { fake, client } = await connect();
    const intros = await textChannel(client, fake.seed.channels.intros.id);
    fake.failNext('POST /channels/:id/messages', { status: 429, retryAfter: 0.05 });
    const before = Date.now();
    const sent = await intros.send('Hello intros');
    expect(Date.now() - before).toBeLessThan(2_000);
    const posts = fake.requests.filter((r) => r.route === '/channels/:channel/messages');
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(fake.world.messages.get(sent.id)?.content).toBe('Hello intros');
    expect(posts[0]?.status).toBe(429);

    fake.failNext('POST /channels/:id/messages', { status: 429, retryAfter: 0.05, global: true });
    await expect(intros.send('After a global limit')).resolves.toMatchObject({
      content: 'After a global limit',
    });
  });

  it('surfaces a DM to a user with DMs closed as DiscordAPIError 50007', async () => {
    const { fake, client } = await connect();
    const dm = await client.users.createDM(fake.seed.users.linus.id);
    const attempt = dm.send('Hi Linus');
    await expect(attempt).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(attempt).rejects.toMatchObject({
      code: 50007,
      status: 403,
      message: 'Cannot send messages to this user',
    });
  });

  it('injects 403 Missing Access once, then serves the channel normally', async () => {
    const { fake, client } = await connect();
    const intros = await textChannel(client, fake.seed.channels.intros.id);
    fake.failNext({ method: 'POST', path: `/channels/${intros.id}/messages` }, { status: 403, code: 50001 });
    await expect(intros.send('x')).rejects.toMatchObject({ code: 50001, message: 'Missing Access' });
    await expect(intros.send('y')).resolves.toMatchObject({ content: 'y' });
  });

  it('adds a reaction by URL-encoded unicode emoji and fetches members, with 10007 for a stranger', async () => {
    const { fake, client } = await connect();
    const intros = await textChannel(client, fake.seed.channels.intros.id);
    const sent = await intros.send('React below');
    await sent.react('👍');
    const put = await fake.waitForRequest('PUT /channels/:c/messages/:m/reactions/:emoji/@me');
    expect(put.path).toContain('/reactions/👍/@me');
    expect(fake.world.messages.get(sent.id)?.reactions[0]?.userIds.has(fake.world.bot.id)).toBe(true);

    expect((await sent.edit('Reacted')).editedTimestamp).not.toBeNull();
    expect(fake.world.messages.get(sent.id)?.content).toBe('Reacted');
  });

  it('serves guilds, roles, channels and members, with 10007 for a stranger and 50001 for listing without GUILD_MEMBERS', async () => {
    const { fake, client } = await connect();
    const guild = await client.guilds.fetch({ guild: fake.seed.guild.id, force: true });
    expect(guild.ownerId).toBe(fake.seed.users.ada.id);
    const roles = await guild.roles.fetch();
    expect(roles.get(fake.seed.botRole.id)?.managed).toBe(true);
    expect(roles.get(guild.id)?.name).toBe('@everyone');
    expect((await guild.channels.fetch()).map((c) => c?.name).sort()).toEqual(['general', 'intros']);
    expect(
      (await guild.members.fetch(fake.seed.users.grace.id)).roles.cache.has(fake.seed.moderator.id),
    ).toBe(true);
    await expect(guild.members.fetch('123456789012345678')).rejects.toMatchObject({
      code: 10007,
      status: 404,
    });
    // List Guild Members needs the GUILD_MEMBERS privileged intent enabled for the application.
    await expect(guild.members.list({ limit: 10 })).rejects.toMatchObject({ code: 50001, status: 403 });
    fake.world.application.privilegedIntents = Intents.GuildMembers;
    expect((await guild.members.list({ limit: 10 })).size).toBe(5);
  });

  it('answers a wrong bot token with 401, which discord.js reports as an invalid token', async () => {
    fake = await startFakeDiscord();
    client = new Client({ intents, rest: { api: fake.apiUrl } });
    await expect(client.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/gateway/bot', status: 401 });
  });

  it('answers unknown routes with 404 {code: 0}', async () => {
    const { client } = await connect();
    await expect(client.rest.get('/nowhere/at/all')).rejects.toMatchObject({
      status: 404,
      code: 0,
      message: '404: Not Found',
    });
  });
});
