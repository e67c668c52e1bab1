import type { ChannelKind } from '../constants.ts';

// The fake's own records. They hold what Discord stores; the payload builders render them into
// the documented API objects (user, guild member, role, channel, message).

export interface FakeApplication {
  id: string;
  name: string;
  /** Privileged intents switched on in the developer portal (bitfield). */
  privilegedIntents: number;
}

export interface FakeUser {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
  /** False models "Allow direct messages from server members" switched off: DMs answer 50007. */
  dmsOpen: boolean;
  locale: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: string;
  joinedAt: string;
}

export interface FakeRole {
  id: string;
  guildId: string;
  name: string;
  permissions: bigint;
  position: number;
  /** Set for the role Discord creates for a bot when it joins (tags.bot_id). */
  botId: string | null;
}

export interface FakeMember {
  guildId: string;
  userId: string;
  roleIds: string[];
  nick: string | null;
  joinedAt: string;
}

/** A channel permission overwrite; `type` 0 = role, 1 = member. */
export interface FakeOverwrite {
  id: string;
  type: 0 | 1;
  allow: bigint;
  deny: bigint;
}

export interface FakeThreadState {
  archived: boolean;
  locked: boolean;
  invitable: boolean;
  autoArchiveDuration: 60 | 1440 | 4320 | 10080;
  archiveTimestamp: string;
  createTimestamp: string;
}

export interface FakeChannel {
  id: string;
  type: ChannelKind;
  guildId: string | null;
  name: string | null;
  parentId: string | null;
  position: number;
  topic: string | null;
  overwrites: FakeOverwrite[];
  /** DM recipients other than the bot. */
  recipientIds: string[];
  /** Thread creator. */
  ownerId: string | null;
  thread: FakeThreadState | null;
  threadMembers: Map<string, string>;
  lastMessageId: string | null;
  messageCount: number;
}

export interface FakeEmoji {
  id: string | null;
  name: string;
  animated?: boolean;
}

export interface FakeReaction {
  emoji: FakeEmoji;
  userIds: Set<string>;
}

export interface FakeMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  authorId: string;
  content: string;
  embeds: unknown[];
  components: unknown[];
  allowedMentions: unknown;
  nonce: string | number | null;
  flags: number;
  type: number;
  timestamp: string;
  editedTimestamp: string | null;
  /** For interaction responses and follow-ups: the application id acting as webhook. */
  webhookId: string | null;
  interactionId: string | null;
  reactions: FakeReaction[];
}

export interface FakeCommand {
  id: string;
  guildId: string | null;
  version: string;
  body: Record<string, unknown>;
}

export interface FakeInteraction {
  id: string;
  token: string;
  type: number;
  name: string | null;
  guildId: string | null;
  channelId: string;
  userId: string;
  createdAt: number;
  /** The interaction response type Discord accepted, or null until one is. */
  responseType: number | null;
  originalMessageId: string | null;
  /** The message a component/modal interaction came from (for UPDATE_MESSAGE). */
  sourceMessageId: string | null;
}
