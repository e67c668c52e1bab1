import { toUserObject } from '../user-object.ts';
import { argString, fail, ok, type MethodContext, type SlackResult } from './context.ts';

/** users.info: deactivated members are still returned, with `deleted: true`. */
export function usersInfo({ args, workspace }: MethodContext): SlackResult {
  const user = workspace.users.get(argString(args, 'user') ?? '');
  if (!user) return fail('user_not_found');
  return ok({ user: toUserObject(user, workspace) });
}

/**
 * users.list with cursor pagination: `response_metadata.next_cursor` is opaque (base64 of
 * `user:{next id}`) and an empty string on the last page. No `limit` returns everyone.
 * Deactivated members, bots and Slackbot are all listed: callers must filter.
 */
export function usersList({ args, workspace }: MethodContext): SlackResult {
  const all = [...workspace.users.values()];
  let start = 0;
  const cursor = argString(args, 'cursor');
  if (cursor) {
    const decoded = Buffer.from(cursor, 'base64').toString('utf8');
    start = all.findIndex((u) => `user:${u.id}` === decoded);
    if (start < 0) return fail('invalid_cursor');
  }
  const limit = Number(argString(args, 'limit') ?? 0);
  const end = limit > 0 ? start + limit : all.length;
  const next = all[end];
  return ok({
    members: all.slice(start, end).map((u) => toUserObject(u, workspace)),
    cache_ts: Math.floor(workspace.now() / 1000),
    response_metadata: { next_cursor: next ? Buffer.from(`user:${next.id}`).toString('base64') : '' },
  });
}
