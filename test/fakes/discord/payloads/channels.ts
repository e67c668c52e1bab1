import type { APIChannel, APIThreadMember, ChannelFlags, ThreadMemberFlags } from 'discord.js';
import { ChannelKind } from '../constants.ts';
import type { World } from '../world/world.ts';
import type { FakeChannel } from '../world/types.ts';
import { userPayload } from './users.ts';

/** The channel object (resources/channel#channel-object) for the text, DM and thread channels modelled. */
export function channelPayload(world: World, channel: FakeChannel): APIChannel {
  if (channel.type === ChannelKind.DM) {
    return {
      id: channel.id,
      type: ChannelKind.DM,
      name: null,
      last_message_id: channel.lastMessageId,
      flags: 0 as ChannelFlags,
      recipients: channel.recipientIds.flatMap((id) => {
        const user = world.users.get(id);
        return user ? [userPayload(user)] : [];
      }),
    };
  }
  const guildId = channel.guildId ?? '';
  if (channel.thread) {
    return {
      id: channel.id,
      type: channel.type as 11 | 12,
      guild_id: guildId,
      name: channel.name ?? '',
      parent_id: channel.parentId ?? undefined,
      owner_id: channel.ownerId ?? undefined,
      last_message_id: channel.lastMessageId,
      rate_limit_per_user: 0,
      message_count: channel.messageCount,
      // Discord stops counting thread members at 50.
      member_count: Math.min(channel.threadMembers.size, 50),
      total_message_sent: channel.messageCount,
      flags: 0 as ChannelFlags,
      applied_tags: [],
      thread_metadata: {
        archived: channel.thread.archived,
        auto_archive_duration: channel.thread.autoArchiveDuration,
        archive_timestamp: channel.thread.archiveTimestamp,
        locked: channel.thread.locked,
        invitable: channel.thread.invitable,
        create_timestamp: channel.thread.createTimestamp,
      },
    };
  }
  return {
    id: channel.id,
    type: ChannelKind.GuildText,
    guild_id: guildId,
    name: channel.name ?? '',
    position: channel.position,
    permission_overwrites: channel.overwrites.map((o) => ({
      id: o.id,
      type: o.type,
      allow: o.allow.toString(),
      deny: o.deny.toString(),
    })),
    parent_id: channel.parentId,
    topic: channel.topic,
    nsfw: false,
    last_message_id: channel.lastMessageId,
    rate_limit_per_user: 0,
    default_auto_archive_duration: 4320,
    flags: 0 as ChannelFlags,
  };
}

/** The thread member object (resources/channel#thread-member-object). */
export function threadMemberPayload(channel: FakeChannel, userId: string): APIThreadMember {
  return {
    id: channel.id,
    user_id: userId,
    join_timestamp: channel.threadMembers.get(userId) ?? new Date(0).toISOString(),
    flags: 0 as ThreadMemberFlags,
  };
}
