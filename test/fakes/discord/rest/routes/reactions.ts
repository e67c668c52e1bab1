import { Permission } from '../../constants.ts';
import { messageReactionAdd, messageReactionRemove, sameEmoji } from '../../builders/reactions.ts';
import { userPayload } from '../../payloads/users.ts';
import type { FakeEmoji } from '../../world/types.ts';
import { ApiError } from '../api-error.ts';
import { requireMessage, requirePermissions, requireVisibleChannel } from '../access.ts';
import { noContent, ok, param, route, type Route, type RouteContext } from '../route.ts';

/**
 * The `{emoji}` path segment: a URL-encoded unicode emoji, or `name:id` for a custom one.
 * Anything else (e.g. the text `thumbsup`) is 400 10014 Unknown Emoji.
 */
export function parseEmoji(segment: string): FakeEmoji {
  const custom = /^(\w{2,32}):(\d{17,20})$/.exec(segment);
  if (custom) return { id: custom[2] ?? null, name: custom[1] ?? '' };
  if (/\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u.test(segment))
    return { id: null, name: segment };
  throw new ApiError(400, 10014);
}

function target(ctx: RouteContext) {
  const channel = requireVisibleChannel(ctx, param(ctx, 'channel'));
  if (channel.guildId) requirePermissions(ctx, channel, Permission.ReadMessageHistory);
  const message = requireMessage(ctx, channel, param(ctx, 'message'));
  return { channel, message, emoji: parseEmoji(param(ctx, 'emoji')) };
}

/** PUT …/reactions/{emoji}/@me: Add Reactions is only needed to be the first to use an emoji. */
function addOwnReaction(ctx: RouteContext) {
  const { channel, message, emoji } = target(ctx);
  const existing = message.reactions.find((r) => sameEmoji(r.emoji, emoji) && r.userIds.size > 0);
  if (channel.guildId && !existing) requirePermissions(ctx, channel, Permission.AddReactions);
  // Reacting twice with the same emoji changes nothing and fires no event.
  if (existing?.userIds.has(ctx.world.bot.id)) return noContent();
  const input = { userId: ctx.world.bot.id, channelId: channel.id, messageId: message.id, emoji };
  ctx.dispatch('MESSAGE_REACTION_ADD', messageReactionAdd(ctx.world, input));
  return noContent();
}

function removeReaction(ctx: RouteContext, userId: string) {
  const { channel, message, emoji } = target(ctx);
  if (userId !== ctx.world.bot.id && channel.guildId)
    requirePermissions(ctx, channel, Permission.ManageMessages);
  const input = { userId, channelId: channel.id, messageId: message.id, emoji };
  const had = message.reactions.some((r) => sameEmoji(r.emoji, emoji) && r.userIds.has(userId));
  if (had) ctx.dispatch('MESSAGE_REACTION_REMOVE', messageReactionRemove(ctx.world, input));
  return noContent();
}

export const reactionRoutes: Route[] = [
  route('PUT', '/channels/:channel/messages/:message/reactions/:emoji/@me', addOwnReaction),
  route('DELETE', '/channels/:channel/messages/:message/reactions/:emoji/@me', (ctx) =>
    removeReaction(ctx, ctx.world.bot.id),
  ),
  route('DELETE', '/channels/:channel/messages/:message/reactions/:emoji/:user', (ctx) =>
    removeReaction(ctx, param(ctx, 'user')),
  ),
  route('GET', '/channels/:channel/messages/:message/reactions/:emoji', (ctx) => {
    const { message, emoji } = target(ctx);
    const limit = Math.min(Math.max(Number(ctx.query.get('limit') ?? 25), 1), 100);
    const after = BigInt(ctx.query.get('after') ?? '0');
    const ids = [...(message.reactions.find((r) => sameEmoji(r.emoji, emoji))?.userIds ?? [])]
      .filter((id) => BigInt(id) > after)
      .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))
      .slice(0, limit);
    return ok(
      ids.flatMap((id) => {
        const user = ctx.world.users.get(id);
        return user ? [userPayload(user)] : [];
      }),
    );
  }),
];
