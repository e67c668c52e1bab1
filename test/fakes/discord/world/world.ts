import { ChannelKind, Permission } from '../constants.ts';
import { snowflake } from '../snowflake.ts';
import type {
  FakeApplication,
  FakeChannel,
  FakeCommand,
  FakeGuild,
  FakeInteraction,
  FakeMember,
  FakeMessage,
  FakeOverwrite,
  FakeRole,
  FakeUser,
} from './types.ts';

/** What a new server's @everyone role gets by default in Discord (a subset that matters here). */
export const DEFAULT_EVERYONE_PERMISSIONS =
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.UseApplicationCommands |
  Permission.CreatePublicThreads |
  Permission.CreatePrivateThreads |
  Permission.SendMessagesInThreads;

export interface UserInput {
  username: string;
  globalName?: string | null;
  bot?: boolean;
  dmsOpen?: boolean;
  locale?: string;
}

export interface ChannelInput {
  name: string;
  topic?: string | null;
  parentId?: string | null;
  overwrites?: FakeOverwrite[];
}

/** The fake's whole state: one application with its bot user, and the guilds, users and messages it sees. */
export class World {
  readonly application: FakeApplication;
  readonly bot: FakeUser;
  readonly users = new Map<string, FakeUser>();
  readonly guilds = new Map<string, FakeGuild>();
  readonly roles = new Map<string, FakeRole>();
  readonly members = new Map<string, FakeMember>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, FakeMessage>();
  readonly commands = new Map<string, FakeCommand>();
  readonly interactions = new Map<string, FakeInteraction>();

  constructor(
    readonly clock: () => number,
    app: { name?: string; privilegedIntents?: number } = {},
  ) {
    const name = app.name ?? 'Kindred';
    this.application = { id: this.id(), name, privilegedIntents: app.privilegedIntents ?? 0 };
    // A bot user's id is its application's id.
    this.bot = {
      id: this.application.id,
      username: name,
      globalName: null,
      bot: true,
      dmsOpen: true,
      locale: 'en-US',
    };
    this.users.set(this.bot.id, this.bot);
  }

  id(): string {
    return snowflake(this.clock());
  }

  iso(): string {
    return new Date(this.clock()).toISOString();
  }

  addUser(input: UserInput): FakeUser {
    const user: FakeUser = {
      id: this.id(),
      username: input.username,
      globalName: input.globalName ?? null,
      bot: input.bot ?? false,
      dmsOpen: input.dmsOpen ?? true,
      locale: input.locale ?? 'en-US',
    };
    this.users.set(user.id, user);
    return user;
  }

  /** Creates a guild the bot is in: @everyone (id = guild id), the bot's managed role, owner and bot as members. */
  addGuild(input: { name: string; ownerId: string; botPermissions?: bigint }): FakeGuild {
    const guild: FakeGuild = {
      id: this.id(),
      name: input.name,
      ownerId: input.ownerId,
      preferredLocale: 'en-US',
      joinedAt: this.iso(),
    };
    this.guilds.set(guild.id, guild);
    this.roles.set(guild.id, {
      id: guild.id,
      guildId: guild.id,
      name: '@everyone',
      permissions: DEFAULT_EVERYONE_PERMISSIONS,
      position: 0,
      botId: null,
    });
    const botRole = this.addRole(guild.id, {
      name: this.bot.username,
      permissions: input.botPermissions ?? 0n,
    });
    botRole.botId = this.bot.id;
    this.addMember(guild.id, input.ownerId);
    this.addMember(guild.id, this.bot.id, [botRole.id]);
    return guild;
  }

  addRole(guildId: string, input: { name: string; permissions: bigint }): FakeRole {
    const position = [...this.roles.values()].filter((r) => r.guildId === guildId).length;
    const role: FakeRole = {
      id: this.id(),
      guildId,
      name: input.name,
      permissions: input.permissions,
      position,
      botId: null,
    };
    this.roles.set(role.id, role);
    return role;
  }

  addMember(guildId: string, userId: string, roleIds: string[] = []): FakeMember {
    const member: FakeMember = { guildId, userId, roleIds, nick: null, joinedAt: this.iso() };
    this.members.set(`${guildId}:${userId}`, member);
    return member;
  }

  member(guildId: string, userId: string): FakeMember | undefined {
    return this.members.get(`${guildId}:${userId}`);
  }

  guildRoles(guildId: string): FakeRole[] {
    return [...this.roles.values()].filter((r) => r.guildId === guildId);
  }

  guildMembers(guildId: string): FakeMember[] {
    return [...this.members.values()].filter((m) => m.guildId === guildId);
  }

  guildChannels(guildId: string): FakeChannel[] {
    return [...this.channels.values()].filter((c) => c.guildId === guildId);
  }

  addTextChannel(guildId: string, input: ChannelInput): FakeChannel {
    const position = this.guildChannels(guildId).filter((c) => c.thread === null).length;
    return this.putChannel({
      type: ChannelKind.GuildText,
      guildId,
      name: input.name,
      parentId: input.parentId ?? null,
      position,
      topic: input.topic ?? null,
      overwrites: input.overwrites ?? [],
    });
  }

  addThread(
    parent: FakeChannel,
    input: {
      name: string;
      type: 11 | 12;
      ownerId: string;
      invitable: boolean;
      autoArchiveDuration: 60 | 1440 | 4320 | 10080;
    },
  ): FakeChannel {
    const now = this.iso();
    const thread = this.putChannel({
      type: input.type,
      guildId: parent.guildId,
      name: input.name,
      parentId: parent.id,
      ownerId: input.ownerId,
      thread: {
        archived: false,
        locked: false,
        // Only private threads have `invitable`; public threads report true.
        invitable: input.type === ChannelKind.PrivateThread ? input.invitable : true,
        autoArchiveDuration: input.autoArchiveDuration,
        archiveTimestamp: now,
        createTimestamp: now,
      },
    });
    thread.threadMembers.set(input.ownerId, now);
    return thread;
  }

  /** Discord keeps one DM channel per user pair: opening it again returns the same channel. */
  openDm(userId: string): FakeChannel {
    const existing = [...this.channels.values()].find(
      (c) => c.type === ChannelKind.DM && c.recipientIds[0] === userId,
    );
    return existing ?? this.putChannel({ type: ChannelKind.DM, recipientIds: [userId] });
  }

  channelMessages(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channelId === channelId);
  }

  addMessage(input: Partial<FakeMessage> & Pick<FakeMessage, 'channelId' | 'authorId'>): FakeMessage {
    const channel = this.channels.get(input.channelId);
    const message: FakeMessage = {
      id: this.id(),
      guildId: channel?.guildId ?? null,
      content: '',
      embeds: [],
      components: [],
      allowedMentions: null,
      nonce: null,
      flags: 0,
      type: 0,
      timestamp: this.iso(),
      editedTimestamp: null,
      webhookId: null,
      interactionId: null,
      reactions: [],
      ...input,
    };
    this.messages.set(message.id, message);
    if (channel) {
      channel.lastMessageId = message.id;
      channel.messageCount += 1;
    }
    return message;
  }

  private putChannel(input: Partial<FakeChannel> & Pick<FakeChannel, 'type'>): FakeChannel {
    const channel: FakeChannel = {
      id: this.id(),
      guildId: null,
      name: null,
      parentId: null,
      position: 0,
      topic: null,
      overwrites: [],
      recipientIds: [],
      ownerId: null,
      thread: null,
      threadMembers: new Map(),
      lastMessageId: null,
      messageCount: 0,
      ...input,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }
}
