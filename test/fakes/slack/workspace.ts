import { createIdSource, type IdSource } from './ids.ts';
import { reactionAdded, reactionRemoved, type ReactionEvent } from './inbound-events.ts';

/** A member of the fake workspace, with the fields Kindred reads from `users.info`. */
export interface FakeUser {
  id: string;
  name: string;
  real_name: string;
  display_name: string;
  email?: string;
  deleted: boolean;
  is_admin: boolean;
  is_owner: boolean;
  is_primary_owner: boolean;
  is_restricted: boolean;
  is_ultra_restricted: boolean;
  is_bot: boolean;
  is_app_user: boolean;
  tz: string;
  updated: number;
}

export type FakeUserInput = Partial<FakeUser> & { name: string };

export type ConversationKind = 'channel' | 'private_channel' | 'im' | 'mpim';

export interface FakeConversation {
  id: string;
  kind: ConversationKind;
  name: string;
  /** Human members (the bot is tracked by `botIsMember`). */
  members: string[];
  botIsMember: boolean;
  is_archived: boolean;
  created: number;
}

export interface FakeReaction {
  name: string;
  users: string[];
  count: number;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  user: string;
  text?: string;
  blocks?: unknown[];
  attachments?: unknown[];
  thread_ts?: string;
  metadata?: unknown;
  bot_id?: string;
  app_id?: string;
  edited?: { user: string; ts: string };
  reactions: FakeReaction[];
}

export interface FakeEphemeral {
  channel: string;
  user: string;
  message_ts: string;
  text?: string;
  blocks?: unknown[];
}

/** A view as Slack stores it (`views.open`/`publish`/`update` answer with this object). */
export type FakeView = Record<string, unknown> & { id: string; type: string; hash: string };

export interface WorkspaceOptions {
  teamId?: string;
  teamName?: string;
  teamDomain?: string;
  botUserId?: string;
  botId?: string;
  appId?: string;
  botName?: string;
  users?: FakeUserInput[];
  /** Real workspaces list Slackbot (`USLACKBOT`, `is_bot: false`) in `users.list`. */
  includeSlackbot?: boolean;
  now?: () => number;
}

/** The state of one fake Slack workspace: what the bot has seen, posted and opened. */
export class FakeWorkspace {
  readonly team: { id: string; name: string; domain: string };
  readonly bot: { userId: string; botId: string; appId: string; name: string };
  readonly users = new Map<string, FakeUser>();
  readonly conversations = new Map<string, FakeConversation>();
  readonly messages: FakeMessage[] = [];
  readonly ephemerals: FakeEphemeral[] = [];
  readonly views = new Map<string, FakeView>();
  /** The App Home view published for each user id. */
  readonly homeViews = new Map<string, FakeView>();
  /** `#general` (`C0GENERAL`, the default channel of `slashCommand()`): every member is in it. */
  readonly general: FakeConversation;
  /** trigger_ids already exchanged for a modal, and ones a test declared expired. */
  readonly usedTriggers = new Set<string>();
  readonly expiredTriggers = new Set<string>();
  readonly ids: IdSource;
  readonly now: () => number;

  constructor(opts: WorkspaceOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.ids = createIdSource(this.now);
    this.team = {
      id: opts.teamId ?? 'T0KINDRED',
      name: opts.teamName ?? 'Kindred Test Workspace',
      domain: opts.teamDomain ?? 'kindred-test',
    };
    this.bot = {
      userId: opts.botUserId ?? 'U0KINDBOT',
      botId: opts.botId ?? 'B0KINDBOT',
      appId: opts.appId ?? 'A0KINDRED',
      name: opts.botName ?? 'kindred',
    };
    this.general = this.addChannel({ id: 'C0GENERAL', name: 'general' });
    this.addUser({ id: this.bot.userId, name: this.bot.name, real_name: 'Kindred', is_bot: true });
    if (opts.includeSlackbot ?? true) {
      this.addUser({ id: 'USLACKBOT', name: 'slackbot', real_name: 'Slackbot', tz: 'America/Los_Angeles' });
    }
    for (const user of opts.users ?? []) this.addUser(user);
  }

  addUser(input: FakeUserInput): FakeUser {
    const user: FakeUser = {
      real_name: input.name,
      display_name: input.name,
      deleted: false,
      is_admin: false,
      is_owner: false,
      is_primary_owner: false,
      is_restricted: false,
      is_ultra_restricted: false,
      is_bot: false,
      is_app_user: false,
      tz: 'Europe/London',
      updated: Math.floor(this.now() / 1000),
      ...input,
      id: input.id ?? this.ids.next('U'),
    };
    this.users.set(user.id, user);
    if (!user.is_bot && user.id !== 'USLACKBOT') this.general.members.push(user.id);
    return user;
  }

  /** Deactivates a member, as an admin would: `deleted: true` from then on. */
  deactivateUser(id: string): void {
    const user = this.users.get(id);
    if (!user) throw new Error(`fake Slack: no user ${id} to deactivate`);
    user.deleted = true;
    user.updated = Math.floor(this.now() / 1000);
  }

  addChannel(input: {
    name: string;
    members?: string[];
    isPrivate?: boolean;
    botIsMember?: boolean;
    id?: string;
  }): FakeConversation {
    const kind = input.isPrivate ? 'private_channel' : 'channel';
    return this.addConversation({
      id: input.id ?? this.ids.next('C'),
      kind,
      name: input.name,
      members: input.members ?? [],
      botIsMember: input.botIsMember ?? true,
    });
  }

  addConversation(c: Omit<FakeConversation, 'created' | 'is_archived'>): FakeConversation {
    const conversation = { ...c, is_archived: false, created: Math.floor(this.now() / 1000) };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  /** The open IM or MPIM whose human members are exactly `userIds`, if any. */
  findDirect(userIds: string[]): FakeConversation | undefined {
    const wanted = [...userIds].sort().join(',');
    const kind = userIds.length === 1 ? 'im' : 'mpim';
    for (const c of this.conversations.values()) {
      if (c.kind === kind && [...c.members].sort().join(',') === wanted) return c;
    }
    return undefined;
  }

  messagesIn(channel: string): FakeMessage[] {
    return this.messages.filter((m) => m.channel === channel);
  }

  findMessage(channel: string, ts: string): FakeMessage | undefined {
    return this.messages.find((m) => m.channel === channel && m.ts === ts);
  }

  /**
   * A message's content replaced through a response_url (`replace_original: true`): the
   * new text and blocks (none if the reply had none), same ts, reactions kept.
   */
  replaceMessage(channel: string, ts: string, content: { text?: string; blocks?: unknown[] }): void {
    const message = this.findMessage(channel, ts);
    if (!message) throw new Error(`fake Slack: no message ${channel}/${ts} to replace`);
    message.text = content.text ?? '';
    if (content.blocks) message.blocks = content.blocks;
    else delete message.blocks;
  }

  /**
   * Records `userId` reacting to a message and returns the `reaction_added` event Slack
   * would deliver for it, ready for `eventCallback()`.
   */
  react(userId: string, channel: string, ts: string, name: string): ReactionEvent {
    const message = this.findMessage(channel, ts);
    if (!message) throw new Error(`fake Slack: no message ${channel}/${ts} to react to`);
    const reaction = message.reactions.find((r) => r.name === name);
    if (reaction?.users.includes(userId)) throw new Error(`fake Slack: ${userId} already reacted :${name}:`);
    if (reaction) {
      reaction.users.push(userId);
      reaction.count += 1;
    } else {
      message.reactions.push({ name, users: [userId], count: 1 });
    }
    return reactionAdded({
      user: userId,
      reaction: name,
      channel,
      ts,
      itemUser: message.user,
      eventTs: this.ids.ts(),
    });
  }

  /** Removes a reaction and returns the matching `reaction_removed` event. */
  unreact(userId: string, channel: string, ts: string, name: string): ReactionEvent {
    const message = this.findMessage(channel, ts);
    const reaction = message?.reactions.find((r) => r.name === name && r.users.includes(userId));
    if (!message || !reaction) throw new Error(`fake Slack: ${userId} has no :${name}: on ${channel}/${ts}`);
    reaction.users = reaction.users.filter((u) => u !== userId);
    reaction.count -= 1;
    if (reaction.count === 0) message.reactions = message.reactions.filter((r) => r !== reaction);
    return reactionRemoved({
      user: userId,
      reaction: name,
      channel,
      ts,
      itemUser: message.user,
      eventTs: this.ids.ts(),
    });
  }
}
