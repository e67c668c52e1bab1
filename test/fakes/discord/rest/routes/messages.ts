import { ChannelKind, MessageFlag, Permission } from '../../constants.ts';
import { messagePayload } from '../../payloads/messages.ts';
import type { FakeChannel } from '../../world/types.ts';
import { ApiError } from '../api-error.ts';
import { isThread, requireMessage, requirePermissions, requireVisibleChannel } from '../access.ts';
import { announceMessage, readMessageFields } from '../message-input.ts';
import { bodyObject, noContent, ok, param, route, type Route, type RouteContext } from '../route.ts';

/** Flags a bot may set when creating a message (SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2). */
const CREATE_FLAGS = MessageFlag.SuppressEmbeds | MessageFlag.SuppressNotifications | (1 << 15);

/**
 * Who may receive a DM from the bot: a human who shares a guild with it and has not switched off
 * "direct messages from server members". Anyone else answers 403 50007.
 */
function checkDmRecipient(ctx: RouteContext, channel: FakeChannel): void {
  const recipient = ctx.world.users.get(channel.recipientIds[0] ?? '');
  const sharesGuild = [...ctx.world.guilds.keys()].some(
    (guildId) =>
      recipient && ctx.world.member(guildId, recipient.id) && ctx.world.member(guildId, ctx.world.bot.id),
  );
  if (!recipient || recipient.bot || !recipient.dmsOpen || !sharesGuild) throw new ApiError(403, 50007);
}

function checkCanSend(ctx: RouteContext, channel: FakeChannel, hasEmbeds: boolean): void {
  if (channel.type === ChannelKind.DM) return checkDmRecipient(ctx, channel);
  if (isThread(channel)) {
    requirePermissions(ctx, channel, Permission.SendMessagesInThreads);
    if (channel.thread?.archived) {
      if (channel.thread.locked) throw new ApiError(400, 50083);
      // Sending into an archived, unlocked thread unarchives it.
      channel.thread.archived = false;
    }
  } else {
    requirePermissions(ctx, channel, Permission.SendMessages);
  }
  if (hasEmbeds) requirePermissions(ctx, channel, Permission.EmbedLinks);
}

function createMessage(ctx: RouteContext) {
  const channel = requireVisibleChannel(ctx, param(ctx, 'channel'));
  const body = bodyObject(ctx);
  const fields = readMessageFields(body);
  checkCanSend(ctx, channel, (fields.embeds ?? []).length > 0);
  const { world } = ctx;
  const nonceKey = fields.nonce != null ? `${channel.id}:${world.bot.id}:${fields.nonce}` : null;
  if (nonceKey && body.enforce_nonce === true) {
    // enforce_nonce: "If another message was created by the same author with the same nonce,
    // that message will be returned and no new message will be created" (within a few minutes).
    const seen = ctx.nonces.get(nonceKey);
    const original = seen && world.messages.get(seen.messageId);
    if (seen && original && world.clock() - seen.at <= ctx.settings.nonceWindowMs) {
      return ok(messagePayload(world, original));
    }
  }
  const message = world.addMessage({
    channelId: channel.id,
    authorId: world.bot.id,
    content: fields.content ?? '',
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    allowedMentions: fields.allowedMentions ?? null,
    nonce: fields.nonce ?? null,
    flags: (fields.flags ?? 0) & CREATE_FLAGS,
  });
  if (nonceKey) ctx.nonces.set(nonceKey, { messageId: message.id, at: world.clock() });
  announceMessage(ctx, 'MESSAGE_CREATE', message);
  return ok(messagePayload(world, message));
}

function editMessage(ctx: RouteContext) {
  const channel = requireVisibleChannel(ctx, param(ctx, 'channel'));
  const message = requireMessage(ctx, channel, param(ctx, 'message'));
  if (message.authorId !== ctx.world.bot.id || message.webhookId) throw new ApiError(403, 50005);
  const { nonce: _nonce, flags, ...fields } = readMessageFields(bodyObject(ctx), { partial: true });
  Object.assign(message, fields);
  // Only SUPPRESS_EMBEDS can be toggled on an existing message.
  if (flags !== undefined)
    message.flags = (message.flags & ~MessageFlag.SuppressEmbeds) | (flags & MessageFlag.SuppressEmbeds);
  message.editedTimestamp = ctx.world.iso();
  announceMessage(ctx, 'MESSAGE_UPDATE', message);
  return ok(messagePayload(ctx.world, message));
}

function readableChannel(ctx: RouteContext): FakeChannel {
  const channel = requireVisibleChannel(ctx, param(ctx, 'channel'));
  if (channel.guildId) requirePermissions(ctx, channel, Permission.ReadMessageHistory);
  return channel;
}

export const messageRoutes: Route[] = [
  route('POST', '/channels/:channel/messages', createMessage),
  route('GET', '/channels/:channel/messages', (ctx) => {
    const channel = readableChannel(ctx);
    const limit = Math.min(Math.max(Number(ctx.query.get('limit') ?? 50), 1), 100);
    const visible = ctx.world.channelMessages(channel.id).filter((m) => !(m.flags & MessageFlag.Ephemeral));
    // Newest first, as Discord returns them.
    return ok(
      visible
        .reverse()
        .slice(0, limit)
        .map((m) => messagePayload(ctx.world, m)),
    );
  }),
  route('GET', '/channels/:channel/messages/:message', (ctx) => {
    const message = requireMessage(ctx, readableChannel(ctx), param(ctx, 'message'));
    if (message.flags & MessageFlag.Ephemeral) throw new ApiError(404, 10008);
    return ok(messagePayload(ctx.world, message));
  }),
  route('PATCH', '/channels/:channel/messages/:message', editMessage),
  route('DELETE', '/channels/:channel/messages/:message', (ctx) => {
    const channel = requireVisibleChannel(ctx, param(ctx, 'channel'));
    const message = requireMessage(ctx, channel, param(ctx, 'message'));
    if (message.authorId !== ctx.world.bot.id) requirePermissions(ctx, channel, Permission.ManageMessages);
    ctx.world.messages.delete(message.id);
    ctx.dispatch('MESSAGE_DELETE', {
      id: message.id,
      channel_id: channel.id,
      ...(channel.guildId ? { guild_id: channel.guildId } : {}),
    });
    return noContent();
  }),
];
