import type { FakeConversation, FakeWorkspace } from '../workspace.ts';
import { messageObject } from './chat.ts';
import { argBool, argString, fail, ok, type MethodContext, type SlackResult } from './context.ts';

/** An MPIM holds at most 9 people: the caller and 8 others. */
const MAX_MPIM_USERS = 8;

/**
 * conversations.open: `users` is a comma list. One user gives a DM (`D…`); several give a
 * group DM with the bot in it. New group DMs get `C…` ids nowadays (older ones are `G…`), so
 * never infer a conversation's type from its id prefix.
 */
export function conversationsOpen({ args, workspace }: MethodContext): SlackResult {
  const returnIm = argBool(args, 'return_im');
  const channel = argString(args, 'channel');
  const users = argString(args, 'users');
  if (channel && !users) {
    const existing = workspace.conversations.get(channel);
    if (!existing) return fail('channel_not_found');
    if (existing.kind !== 'im' && existing.kind !== 'mpim')
      return fail('method_not_supported_for_channel_type');
    return ok({ no_op: true, already_open: true, channel: describe(existing, workspace, returnIm) });
  }
  if (!users) return fail('users_list_not_supplied');

  // The bot is always in the conversation it opens; listing itself changes nothing.
  const ids = [...new Set(users.split(',').map((u) => u.trim()))].filter(
    (u) => u && u !== workspace.bot.userId,
  );
  if (ids.length === 0) return fail('not_enough_users');
  if (ids.length > MAX_MPIM_USERS) return fail('too_many_users');
  for (const id of ids) {
    const user = workspace.users.get(id);
    if (!user) return fail('user_not_found');
    // A deactivated member cannot be messaged; Slack documents `user_disabled` for this.
    if (user.deleted) return fail('user_disabled');
    if (user.is_bot) return fail('cannot_dm_bot');
  }

  const existing = workspace.findDirect(ids);
  if (existing)
    return ok({ no_op: true, already_open: true, channel: describe(existing, workspace, returnIm) });
  if (argBool(args, 'prevent_creation')) return ok({ no_op: true, channel: {} });

  const created = workspace.addConversation({
    id: workspace.ids.next(ids.length === 1 ? 'D' : 'C'),
    kind: ids.length === 1 ? 'im' : 'mpim',
    name: ids.length === 1 ? (ids[0] ?? '') : mpimName(ids, workspace),
    members: ids,
    botIsMember: true,
  });
  return ok({ channel: describe(created, workspace, returnIm) });
}

/** A DM answers `{id}` unless return_im is set; a group DM answers its full object. */
function describe(c: FakeConversation, workspace: FakeWorkspace, returnIm: boolean): Record<string, unknown> {
  if (c.kind === 'im') {
    if (!returnIm) return { id: c.id };
    return {
      id: c.id,
      created: c.created,
      is_im: true,
      is_org_shared: false,
      user: c.members[0],
      is_user_deleted: false,
      priority: 0,
    };
  }
  return {
    id: c.id,
    name: c.name,
    is_channel: false,
    is_group: false,
    is_im: false,
    is_mpim: true,
    is_private: true,
    is_archived: c.is_archived,
    is_open: true,
    created: c.created,
    creator: workspace.bot.userId,
    context_team_id: workspace.team.id,
    purpose: {
      value: `Group messaging with: ${c.members.map((m) => `@${workspace.users.get(m)?.name ?? m}`).join(' ')}`,
      creator: '',
      last_set: 0,
    },
  };
}

/** Slack names group DMs `mpdm-alice--bob--kindred-1`. */
function mpimName(ids: string[], workspace: FakeWorkspace): string {
  const names = [...ids, workspace.bot.userId].map((id) => workspace.users.get(id)?.name ?? id);
  return `mpdm-${names.join('--')}-1`;
}

/**
 * conversations.history: newest first, at most `limit` (Slack's default 100, cap 999).
 * `metadata` is only included with `include_all_metadata`, as on Slack.
 */
export function conversationsHistory({ args, workspace }: MethodContext): SlackResult {
  const channel = argString(args, 'channel');
  if (!channel || !workspace.conversations.has(channel)) return fail('channel_not_found');
  const limit = Math.min(999, Math.max(1, Number(argString(args, 'limit') ?? 100) || 100));
  const withMetadata = argBool(args, 'include_all_metadata');
  const messages = workspace
    .messagesIn(channel)
    .filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts)
    .reverse()
    .slice(0, limit)
    .map((m) => ({
      ...messageObject(m, workspace),
      ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
    }));
  return ok({ messages, has_more: false, pin_count: 0 });
}
