import { ChannelKind, Permission } from '../../constants.ts';
import { channelPayload, threadMemberPayload } from '../../payloads/channels.ts';
import { memberPayload } from '../../payloads/users.ts';
import type { FakeChannel } from '../../world/types.ts';
import { ApiError, invalidFormBody, unknown } from '../api-error.ts';
import { botPermissions, isThread, requirePermissions, requireVisibleChannel } from '../access.ts';
import { bodyObject, created, noContent, ok, param, route, type Route, type RouteContext } from '../route.ts';

const ARCHIVE_DURATIONS = [60, 1440, 4320, 10080] as const;
type ArchiveDuration = (typeof ARCHIVE_DURATIONS)[number];

/** POST /channels/{id}/threads: "Start Thread without Message". In v10 `type` is required. */
function startThread(ctx: RouteContext) {
  const parent = requireVisibleChannel(ctx, param(ctx, 'channel'));
  if (parent.type !== ChannelKind.GuildText) throw new ApiError(400, 50024);
  const body = bodyObject(ctx);
  const name = typeof body.name === 'string' ? body.name : '';
  if (name.length < 1 || name.length > 100) {
    throw invalidFormBody('name', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
  if (body.type !== ChannelKind.PublicThread && body.type !== ChannelKind.PrivateThread) {
    throw invalidFormBody('type', 'BASE_TYPE_REQUIRED', 'This field is required');
  }
  const type = body.type;
  requirePermissions(
    ctx,
    parent,
    type === ChannelKind.PrivateThread ? Permission.CreatePrivateThreads : Permission.CreatePublicThreads,
  );
  const duration = ARCHIVE_DURATIONS.find((d) => d === body.auto_archive_duration) ?? 4320;
  const thread = ctx.world.addThread(parent, {
    name,
    type,
    ownerId: ctx.world.bot.id,
    invitable: body.invitable !== false,
    autoArchiveDuration: duration as ArchiveDuration,
  });
  ctx.dispatch('THREAD_CREATE', { ...channelPayload(ctx.world, thread), newly_created: true });
  return created(channelPayload(ctx.world, thread));
}

function requireThread(ctx: RouteContext): FakeChannel {
  const thread = requireVisibleChannel(ctx, param(ctx, 'channel'));
  if (!isThread(thread) || !thread.thread) throw new ApiError(400, 50024);
  return thread;
}

/**
 * PUT /channels/{thread}/thread-members/{user}: needs Send Messages in Threads, an unarchived
 * thread and a user in the guild. In a private thread with `invitable: false` only its creator
 * and members with Manage Threads may add people.
 */
function addThreadMember(ctx: RouteContext, userId: string) {
  const thread = requireThread(ctx);
  const guildId = thread.guildId ?? '';
  if (!ctx.world.users.has(userId)) throw unknown.user();
  const member = ctx.world.member(guildId, userId);
  if (!member) throw unknown.member();
  if (thread.thread?.archived) throw new ApiError(400, 50083);
  requirePermissions(ctx, thread, Permission.SendMessagesInThreads);
  const moderator = (botPermissions(ctx, thread) & Permission.ManageThreads) !== 0n;
  if (
    userId !== ctx.world.bot.id &&
    thread.type === ChannelKind.PrivateThread &&
    thread.thread?.invitable === false &&
    thread.ownerId !== ctx.world.bot.id &&
    !moderator
  ) {
    throw new ApiError(403, 50013);
  }
  if (thread.threadMembers.has(userId)) return noContent();
  thread.threadMembers.set(userId, ctx.world.iso());
  ctx.dispatch('THREAD_MEMBERS_UPDATE', {
    id: thread.id,
    guild_id: guildId,
    member_count: Math.min(thread.threadMembers.size, 50),
    added_members: [{ ...threadMemberPayload(thread, userId), member: memberPayload(ctx.world, member) }],
  });
  return noContent();
}

function removeThreadMember(ctx: RouteContext, userId: string) {
  const thread = requireThread(ctx);
  if (userId !== ctx.world.bot.id) requirePermissions(ctx, thread, Permission.ManageThreads);
  if (thread.threadMembers.delete(userId)) {
    ctx.dispatch('THREAD_MEMBERS_UPDATE', {
      id: thread.id,
      guild_id: thread.guildId,
      member_count: Math.min(thread.threadMembers.size, 50),
      removed_member_ids: [userId],
    });
  }
  return noContent();
}

export const channelRoutes: Route[] = [
  route('GET', '/channels/:channel', (ctx) =>
    ok(channelPayload(ctx.world, requireVisibleChannel(ctx, param(ctx, 'channel')))),
  ),
  route('POST', '/channels/:channel/threads', startThread),
  route('PUT', '/channels/:channel/thread-members/@me', (ctx) => addThreadMember(ctx, ctx.world.bot.id)),
  route('DELETE', '/channels/:channel/thread-members/@me', (ctx) =>
    removeThreadMember(ctx, ctx.world.bot.id),
  ),
  route('PUT', '/channels/:channel/thread-members/:user', (ctx) => addThreadMember(ctx, param(ctx, 'user'))),
  route('DELETE', '/channels/:channel/thread-members/:user', (ctx) =>
    removeThreadMember(ctx, param(ctx, 'user')),
  ),
  route('GET', '/channels/:channel/thread-members', (ctx) => {
    const thread = requireThread(ctx);
    return ok([...thread.threadMembers.keys()].map((userId) => threadMemberPayload(thread, userId)));
  }),
  route('GET', '/channels/:channel/thread-members/:user', (ctx) => {
    const thread = requireThread(ctx);
    const userId = param(ctx, 'user');
    if (!thread.threadMembers.has(userId)) throw unknown.member();
    return ok(threadMemberPayload(thread, userId));
  }),
];
