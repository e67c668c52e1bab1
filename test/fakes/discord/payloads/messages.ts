import type { APIMessage, APIUser } from 'discord.js';
import type { World } from '../world/world.ts';
import type { FakeMessage } from '../world/types.ts';
import { userPayload } from './users.ts';

interface AllowedMentions {
  parse?: string[];
  users?: string[];
  roles?: string[];
}

/**
 * Users a message actually pings. Without `allowed_mentions` every `<@id>` in the content pings;
 * with it, only the listed users or, with `parse: ['users']`, all of them
 * (resources/message#allowed-mentions-object).
 */
export function mentionedUserIds(content: string, allowedMentions: unknown): string[] {
  const inContent = [...content.matchAll(/<@!?(\d{17,20})>/g)].map((m) => m[1] ?? '');
  const allowed = allowedMentions as AllowedMentions | null | undefined;
  if (!allowed) return [...new Set(inContent)];
  const parseUsers = allowed.parse?.includes('users') ?? false;
  const listed = new Set(allowed.users ?? []);
  return [...new Set(inContent.filter((id) => parseUsers || listed.has(id)))];
}

function mentionsEveryone(content: string, allowedMentions: unknown): boolean {
  const allowed = allowedMentions as AllowedMentions | null | undefined;
  const parse = allowed ? (allowed.parse ?? []) : ['everyone'];
  return /@(everyone|here)/.test(content) && parse.includes('everyone');
}

/** The message object (resources/message#message-object); `me` is from the bot's point of view. */
export function messagePayload(world: World, message: FakeMessage): APIMessage {
  const author = world.users.get(message.authorId);
  const mentions = mentionedUserIds(message.content, message.allowedMentions).flatMap((id): APIUser[] => {
    const user = world.users.get(id);
    return user ? [userPayload(user)] : [];
  });
  const reactions = message.reactions
    .filter((r) => r.userIds.size > 0)
    .map((r) => ({
      count: r.userIds.size,
      count_details: { burst: 0, normal: r.userIds.size },
      me: r.userIds.has(world.bot.id),
      me_burst: false,
      emoji: { id: r.emoji.id, name: r.emoji.name, ...(r.emoji.animated ? { animated: true } : {}) },
      burst_colors: [],
    }));
  return {
    id: message.id,
    channel_id: message.channelId,
    author: author
      ? userPayload(author)
      : { id: message.authorId, username: 'unknown', discriminator: '0', global_name: null, avatar: null },
    content: message.content,
    timestamp: message.timestamp,
    edited_timestamp: message.editedTimestamp,
    tts: false,
    mention_everyone: mentionsEveryone(message.content, message.allowedMentions),
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: message.embeds as APIMessage['embeds'],
    ...(reactions.length > 0 ? { reactions } : {}),
    ...(message.nonce !== null ? { nonce: message.nonce } : {}),
    pinned: false,
    ...(message.webhookId ? { webhook_id: message.webhookId, application_id: world.application.id } : {}),
    type: message.type,
    flags: message.flags,
    components: message.components as APIMessage['components'],
  };
}
