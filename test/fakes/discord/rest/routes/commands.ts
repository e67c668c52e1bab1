import type { FakeCommand } from '../../world/types.ts';
import { ApiError, invalidFormBody } from '../api-error.ts';
import { requireGuild } from '../access.ts';
import { ok, param, route, type Route, type RouteContext } from '../route.ts';

const CHAT_INPUT_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkApplication(ctx: RouteContext): void {
  // A bot token can only manage its own application's commands.
  if (param(ctx, 'app') !== ctx.world.application.id) throw new ApiError(403, 50001);
}

function commandPayload(ctx: RouteContext, command: FakeCommand): Record<string, unknown> {
  return {
    ...command.body,
    id: command.id,
    application_id: ctx.world.application.id,
    version: command.version,
    type: command.body.type ?? 1,
    default_member_permissions: command.body.default_member_permissions ?? null,
    nsfw: command.body.nsfw ?? false,
    ...(command.guildId ? { guild_id: command.guildId } : {}),
  };
}

/** Rejects what Discord rejects: bad or duplicate names, a chat-input command without a 1-100 char description. */
function validate(commands: unknown): Record<string, unknown>[] {
  if (!Array.isArray(commands)) throw invalidFormBody('_root', 'LIST_TYPE_CONVERT', 'Must be an array.');
  const seen = new Set<string>();
  return commands.map((raw: unknown, index) => {
    const body = (raw ?? {}) as Record<string, unknown>;
    const type = typeof body.type === 'number' ? body.type : 1;
    const name = typeof body.name === 'string' ? body.name : '';
    if (type === 1 && (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase())) {
      throw invalidFormBody(`${index}.name`, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    const description = typeof body.description === 'string' ? body.description : '';
    if (type === 1 && (description.length < 1 || description.length > 100)) {
      throw invalidFormBody(
        `${index}.description`,
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      );
    }
    const key = `${type}:${name}`;
    if (seen.has(key)) {
      throw invalidFormBody(
        `${index}.name`,
        'APPLICATION_COMMANDS_DUPLICATE_NAME',
        'Application command names must be unique',
      );
    }
    seen.add(key);
    return body;
  });
}

/**
 * "Bulk Overwrite" (PUT): the list replaces every command in the scope. A command whose name and
 * type already existed keeps its id; every stored command gets a new `version`.
 */
function overwrite(ctx: RouteContext, guildId: string | null) {
  checkApplication(ctx);
  const bodies = validate(ctx.body);
  const previous = [...ctx.world.commands.values()].filter((c) => c.guildId === guildId);
  for (const old of previous) ctx.world.commands.delete(old.id);
  const stored = bodies.map((body) => {
    const same = previous.find((c) => c.body.name === body.name && (c.body.type ?? 1) === (body.type ?? 1));
    const command: FakeCommand = { id: same?.id ?? ctx.world.id(), guildId, version: ctx.world.id(), body };
    ctx.world.commands.set(command.id, command);
    return command;
  });
  return ok(stored.map((c) => commandPayload(ctx, c)));
}

function list(ctx: RouteContext, guildId: string | null) {
  checkApplication(ctx);
  const commands = [...ctx.world.commands.values()].filter((c) => c.guildId === guildId);
  return ok(commands.map((c) => commandPayload(ctx, c)));
}

export const commandRoutes: Route[] = [
  route('PUT', '/applications/:app/commands', (ctx) => overwrite(ctx, null)),
  route('GET', '/applications/:app/commands', (ctx) => list(ctx, null)),
  route('PUT', '/applications/:app/guilds/:guild/commands', (ctx) =>
    overwrite(ctx, requireGuild(ctx, param(ctx, 'guild')).id),
  ),
  route('GET', '/applications/:app/guilds/:guild/commands', (ctx) =>
    list(ctx, requireGuild(ctx, param(ctx, 'guild')).id),
  ),
];
