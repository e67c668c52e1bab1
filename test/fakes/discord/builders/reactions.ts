import type {
  GatewayMessageReactionAddDispatchData,
  GatewayMessageReactionRemoveDispatchData,
} from 'discord.js';
import { memberPayload } from '../payloads/users.ts';
import type { FakeEmoji, FakeMessage } from '../world/types.ts';
import type { World } from '../world/world.ts';

export interface ReactionInput {
  userId: string;
  channelId: string;
  messageId: string;
  /** Defaults to the channel's guild when the world knows the channel; omit for DMs. */
  guildId?: string;
  /** `{ name: '👍' }` for a unicode emoji, `{ id, name }` for a custom one. */
  emoji: { name: string; id?: string | null; animated?: boolean };
  burst?: boolean;
}

function toEmoji(input: ReactionInput['emoji']): FakeEmoji {
  return { id: input.id ?? null, name: input.name, ...(input.animated ? { animated: true } : {}) };
}

export function sameEmoji(a: FakeEmoji, b: FakeEmoji): boolean {
  return a.id !== null || b.id !== null ? a.id === b.id : a.name === b.name;
}

/** Records a reaction on a message the world knows; returns false when the user had already reacted. */
export function applyReaction(
  message: FakeMessage | undefined,
  userId: string,
  emoji: FakeEmoji,
  add: boolean,
): boolean {
  if (!message) return true;
  let reaction = message.reactions.find((r) => sameEmoji(r.emoji, emoji));
  if (!reaction && add) {
    reaction = { emoji, userIds: new Set() };
    message.reactions.push(reaction);
  }
  if (!reaction) return false;
  const had = reaction.userIds.has(userId);
  if (add) reaction.userIds.add(userId);
  else reaction.userIds.delete(userId);
  return add ? !had : had;
}

function guildOf(world: World, input: ReactionInput): string | undefined {
  return input.guildId ?? world.channels.get(input.channelId)?.guildId ?? undefined;
}

/**
 * MESSAGE_REACTION_ADD (topics/gateway-events#message-reaction-add): `member` only in guilds,
 * `message_author_id` when known. Also records the reaction in the world.
 */
export function messageReactionAdd(
  world: World,
  input: ReactionInput,
): GatewayMessageReactionAddDispatchData {
  const emoji = toEmoji(input.emoji);
  const message = world.messages.get(input.messageId);
  applyReaction(message, input.userId, emoji, true);
  const guildId = guildOf(world, input);
  const member = guildId ? world.member(guildId, input.userId) : undefined;
  return {
    user_id: input.userId,
    channel_id: input.channelId,
    message_id: input.messageId,
    ...(guildId ? { guild_id: guildId } : {}),
    ...(member ? { member: memberPayload(world, member) } : {}),
    ...(message ? { message_author_id: message.authorId } : {}),
    emoji,
    burst: input.burst ?? false,
    burst_colors: [],
    type: input.burst ? 1 : 0,
  } as GatewayMessageReactionAddDispatchData;
}

/** MESSAGE_REACTION_REMOVE (topics/gateway-events#message-reaction-remove): no member, no author. */
export function messageReactionRemove(
  world: World,
  input: ReactionInput,
): GatewayMessageReactionRemoveDispatchData {
  const emoji = toEmoji(input.emoji);
  applyReaction(world.messages.get(input.messageId), input.userId, emoji, false);
  const guildId = guildOf(world, input);
  return {
    user_id: input.userId,
    channel_id: input.channelId,
    message_id: input.messageId,
    ...(guildId ? { guild_id: guildId } : {}),
    emoji,
    burst: input.burst ?? false,
    type: input.burst ? 1 : 0,
  } as GatewayMessageReactionRemoveDispatchData;
}
