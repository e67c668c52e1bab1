import { Intents } from '../../constants.ts';
import { channelPayload } from '../../payloads/channels.ts';
import { guildPayload, rolePayload } from '../../payloads/guilds.ts';
import { memberPayload } from '../../payloads/users.ts';
import { ApiError, invalidFormBody, unknown } from '../api-error.ts';
import { requireGuild } from '../access.ts';
import { ok, param, route, type Route, type RouteContext } from '../route.ts';

/**
 * GET /guilds/{id}/members ("List Guild Members") is gated on the GUILD_MEMBERS privileged intent
 * being enabled for the application: without it Discord answers 403 50001 Missing Access.
 * Members come sorted by user id, `limit` 1-1000 (default 1), paged with `after`.
 */
function listMembers(ctx: RouteContext) {
  const guild = requireGuild(ctx, param(ctx, 'guild'));
  if (!(ctx.world.application.privilegedIntents & Intents.GuildMembers)) throw new ApiError(403, 50001);
  const limit = Number(ctx.query.get('limit') ?? 1);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw invalidFormBody('limit', 'NUMBER_TYPE_MAX', 'int value should be between 1 and 1000.');
  }
  const after = BigInt(ctx.query.get('after') ?? '0');
  const members = ctx.world
    .guildMembers(guild.id)
    .filter((m) => BigInt(m.userId) > after)
    .sort((a, b) => (BigInt(a.userId) < BigInt(b.userId) ? -1 : 1))
    .slice(0, limit);
  return ok(members.map((m) => memberPayload(ctx.world, m)));
}

export const guildRoutes: Route[] = [
  route('GET', '/guilds/:guild', (ctx) =>
    ok(guildPayload(ctx.world, requireGuild(ctx, param(ctx, 'guild')))),
  ),
  route('GET', '/guilds/:guild/roles', (ctx) =>
    ok(ctx.world.guildRoles(requireGuild(ctx, param(ctx, 'guild')).id).map(rolePayload)),
  ),
  route('GET', '/guilds/:guild/channels', (ctx) => {
    const guild = requireGuild(ctx, param(ctx, 'guild'));
    // Threads are not channels of this list: Discord serves them from /threads/active.
    const channels = ctx.world.guildChannels(guild.id).filter((c) => c.thread === null);
    return ok(channels.map((c) => channelPayload(ctx.world, c)));
  }),
  route('GET', '/guilds/:guild/members', listMembers),
  route('GET', '/guilds/:guild/members/:user', (ctx) => {
    const guild = requireGuild(ctx, param(ctx, 'guild'));
    const member = ctx.world.member(guild.id, param(ctx, 'user'));
    if (!member) throw unknown.member();
    return ok(memberPayload(ctx.world, member));
  }),
];
