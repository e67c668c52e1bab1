import { ChannelKind } from '../constants.ts';
import type { FakeChannel, FakeGuild, FakeMessage } from '../world/types.ts';
import { channelPermissions } from '../world/permissions.ts';
import { ApiError, missingAccess, unknown } from './api-error.ts';
import type { RouteContext } from './route.ts';

export function requireGuild(ctx: RouteContext, guildId: string): FakeGuild {
  const guild = ctx.world.guilds.get(guildId);
  // A guild the bot is not in is as unknown to it as one that does not exist.
  if (!guild || !ctx.world.member(guildId, ctx.world.bot.id)) throw unknown.guild();
  return guild;
}

/** The channel, if the bot can see it: 10003 when it does not exist, 50001 when the bot lacks View Channel. */
export function requireVisibleChannel(ctx: RouteContext, channelId: string): FakeChannel {
  const channel = ctx.world.channels.get(channelId);
  if (!channel) throw unknown.channel();
  if (channel.type === ChannelKind.DM) return channel;
  if (channel.guildId === null || !ctx.world.guilds.has(channel.guildId)) throw unknown.channel();
  if (!ctx.world.member(channel.guildId, ctx.world.bot.id)) throw missingAccess();
  if (botPermissions(ctx, channel) === 0n) throw missingAccess();
  return channel;
}

export function botPermissions(ctx: RouteContext, channel: FakeChannel): bigint {
  return channelPermissions(ctx.world, channel, ctx.world.bot.id);
}

/** 403 50013 Missing Permissions unless the bot has every given permission in the channel. */
export function requirePermissions(ctx: RouteContext, channel: FakeChannel, ...permissions: bigint[]): void {
  const have = botPermissions(ctx, channel);
  for (const permission of permissions) {
    if ((have & permission) !== permission) throw new ApiError(403, 50013);
  }
}

export function requireMessage(ctx: RouteContext, channel: FakeChannel, messageId: string): FakeMessage {
  const message = ctx.world.messages.get(messageId);
  if (!message || message.channelId !== channel.id) throw unknown.message();
  return message;
}

export function isThread(channel: FakeChannel): boolean {
  return channel.type === ChannelKind.PublicThread || channel.type === ChannelKind.PrivateThread;
}
