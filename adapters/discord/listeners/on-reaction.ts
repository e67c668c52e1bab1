import type { Client, MessageReaction, PartialMessageReaction, PartialUser, User } from 'discord.js';
import { z } from 'zod';
import { recordFeedback, retractFeedback } from '../../../src/rounds/record-feedback.ts';
import { answerForEmoji } from '../feedback-emoji.ts';
import type { HandlerDeps } from './handler-deps.ts';

/** A reaction added or taken back, from a discord.js event or a raw gateway packet. */
export interface ReactionEvent {
  added: boolean;
  guildId: string | null;
  channelId: string;
  messageId: string;
  userId: string;
  emoji: { id: string | null; name: string | null };
}

/**
 * 🤝 😐 🚫 on a member's private ask (or nudge, or DM intro) are their answer for that
 * intro; so are they on an intro thread message (those sent before answers were asked
 * privately carry the bot's seeded reactions). Taking the reaction back retracts it. The
 * bot's own reactions, other emoji, other messages, people who were not in the intro and
 * anyone but the recipient of a private message are ignored (the use-case answers
 * `feedback.not_an_intro` / `feedback.not_in_intro`). Gateway replays after a RESUME are
 * harmless: an answer is stored once per member and intro.
 */
export async function onReaction(
  deps: HandlerDeps,
  botId: string | undefined,
  event: ReactionEvent,
): Promise<void> {
  if (event.userId === botId) return;
  const answer = answerForEmoji(event.emoji);
  if (!answer) return;
  const input = {
    platform: 'discord' as const,
    communityExternalId: event.guildId,
    userId: event.userId,
    channelId: event.channelId,
    messageId: event.messageId,
    answer,
    source: 'reaction' as const,
  };
  const result = event.added ? await recordFeedback(deps, input) : await retractFeedback(deps, input);
  deps.log.debug(
    {
      community: event.guildId ?? 'dm',
      added: event.added,
      answer,
      outcome: result.ok ? 'recorded' : result.code,
    },
    'discord: reaction',
  );
}

/**
 * The event path, for reactions in the server's threads. With partials on, a reaction on
 * a message sent before a restart arrives as a partial reaction on a partial message
 * (count null, no content). Nothing is fetched: the ids it carries are all the feedback
 * look-up needs, and a fetch per reaction would spend rate limit for nothing.
 */
export function fromReactionEvent(
  reaction: MessageReaction | PartialMessageReaction,
  user: User | PartialUser,
  added: boolean,
): ReactionEvent {
  return {
    added,
    guildId: reaction.message.guildId,
    channelId: reaction.message.channelId,
    messageId: reaction.message.id,
    userId: user.id,
    emoji: { id: reaction.emoji.id, name: reaction.emoji.name },
  };
}

const snowflake = z.string().regex(/^\d{17,20}$/);

const rawReactionSchema = z.object({
  t: z.enum(['MESSAGE_REACTION_ADD', 'MESSAGE_REACTION_REMOVE']),
  d: z.object({
    user_id: snowflake,
    channel_id: snowflake,
    message_id: snowflake,
    guild_id: snowflake.optional(),
    emoji: z.object({ id: snowflake.nullable().optional(), name: z.string().nullable() }),
  }),
});

/**
 * The raw path, for reactions in channels the client has not cached. discord.js 14.28
 * drops MESSAGE_REACTION_ADD/REMOVE for such a channel, partials or not: the event does
 * not carry the channel's type, so the partial channel it builds is not text-based. That
 * is every DM intro or nudge sent before a restart, and every intro thread archived before
 * it (GUILD_CREATE lists active threads only; Discord archives a thread after a week
 * without messages, the longest auto-archive it offers). Reading the gateway packet needs
 * no cache at all. Reactions in a cached channel are left to the event path, so none is
 * counted twice (and an answer is stored once per member and intro anyway).
 */
export function fromRawPacket(
  packet: unknown,
  isCached: (channelId: string) => boolean,
): ReactionEvent | undefined {
  // Cheap test first: 'raw' sees every dispatch the gateway sends.
  const type = (packet as { t?: unknown } | null)?.t;
  if (type !== 'MESSAGE_REACTION_ADD' && type !== 'MESSAGE_REACTION_REMOVE') return undefined;
  const parsed = rawReactionSchema.safeParse(packet);
  if (!parsed.success) return undefined;
  const { d, t } = parsed.data;
  if (d.guild_id && isCached(d.channel_id)) return undefined;
  return {
    added: t === 'MESSAGE_REACTION_ADD',
    guildId: d.guild_id ?? null,
    channelId: d.channel_id,
    messageId: d.message_id,
    userId: d.user_id,
    emoji: { id: d.emoji.id ?? null, name: d.emoji.name },
  };
}

/** Wires both paths to {@link onReaction}; failures are logged, never thrown into the client. */
export function listenForReactions(client: Client, deps: HandlerDeps): void {
  const handle = (event: ReactionEvent) =>
    void onReaction(deps, client.user?.id, event).catch((err: unknown) =>
      deps.log.error({ err, community: event.guildId ?? 'dm' }, 'discord: reaction feedback failed'),
    );
  const fromEvent =
    (added: boolean) => (reaction: MessageReaction | PartialMessageReaction, user: User | PartialUser) => {
      // A DM the client has cached emits here too; DMs are the raw path's, always.
      if (reaction.message.guildId) handle(fromReactionEvent(reaction, user, added));
    };
  client.on('messageReactionAdd', fromEvent(true));
  client.on('messageReactionRemove', fromEvent(false));
  client.on('raw', (packet: unknown) => {
    // 'raw' is emitted before discord.js handles the packet: the cache is as it found it.
    const event = fromRawPacket(packet, (id) => client.channels.cache.has(id));
    if (event) handle(event);
  });
}
