import type { FakeConversation, FakeMessage, FakeWorkspace } from '../workspace.ts';
import { argArray, argString, fail, ok, type Args, type MethodContext, type SlackResult } from './context.ts';

const MAX_TEXT = 40_000;

/** chat.postMessage: `{ok, channel, ts, message}`; `ts` is the message's id from then on. */
export function chatPostMessage({ args, workspace }: MethodContext): SlackResult {
  const target = resolveChannel(workspace, argString(args, 'channel'));
  if (typeof target === 'string') return fail(target);
  const content = messageContent(args);
  if (typeof content === 'string') return fail(content);
  const message: FakeMessage = {
    channel: target.id,
    ts: workspace.ids.ts(),
    user: workspace.bot.userId,
    bot_id: workspace.bot.botId,
    app_id: workspace.bot.appId,
    ...content,
    reactions: [],
  };
  const threadTs = argString(args, 'thread_ts');
  if (threadTs) message.thread_ts = threadTs;
  if (args.metadata !== undefined) message.metadata = args.metadata;
  workspace.messages.push(message);
  return ok({ channel: target.id, ts: message.ts, message: messageObject(message, workspace) });
}

/** chat.postEphemeral: only `user` sees it, it has no lasting ts, and it cannot be updated. */
export function chatPostEphemeral({ args, workspace }: MethodContext): SlackResult {
  const target = resolveChannel(workspace, argString(args, 'channel'));
  if (typeof target === 'string') return fail(target);
  const user = argString(args, 'user');
  if (!user || !target.members.includes(user)) return fail('user_not_in_channel');
  const content = messageContent(args);
  if (typeof content === 'string') return fail(content);
  const messageTs = workspace.ids.ts();
  workspace.ephemerals.push({ channel: target.id, user, message_ts: messageTs, ...content });
  return ok({ message_ts: messageTs });
}

/** chat.update: only the bot's own messages; answers `{ok, channel, ts, text, message}`. */
export function chatUpdate({ args, workspace }: MethodContext): SlackResult {
  const channel = argString(args, 'channel');
  if (!channel || !workspace.conversations.has(channel)) return fail('channel_not_found');
  const message = workspace.findMessage(channel, argString(args, 'ts') ?? '');
  if (!message) return fail('message_not_found');
  if (message.user !== workspace.bot.userId) return fail('cant_update_message');
  const content = messageContent(args);
  if (typeof content === 'string') return fail(content);
  Object.assign(message, content, { edited: { user: workspace.bot.userId, ts: workspace.ids.ts() } });
  return ok({
    channel,
    ts: message.ts,
    text: message.text ?? '',
    message: messageObject(message, workspace),
  });
}

/**
 * A conversation the bot may post in, or the error Slack gives. A user id (`U…`) posts to
 * the bot's DM with that user (its App Home "Messages" tab), so the answer names a `D…` id.
 */
function resolveChannel(workspace: FakeWorkspace, id: string | undefined): FakeConversation | string {
  if (!id) return 'channel_not_found';
  const user = workspace.users.get(id);
  if (user && !user.deleted && !user.is_bot) {
    return (
      workspace.findDirect([id]) ??
      workspace.addConversation({
        id: workspace.ids.next('D'),
        kind: 'im',
        name: id,
        members: [id],
        botIsMember: true,
      })
    );
  }
  const conversation = workspace.conversations.get(id);
  // Bots cannot see private conversations they are not in: those look absent.
  if (!conversation || (conversation.kind === 'private_channel' && !conversation.botIsMember))
    return 'channel_not_found';
  if (conversation.is_archived) return 'is_archived';
  if (!conversation.botIsMember) return 'not_in_channel';
  return conversation;
}

type Content = Pick<FakeMessage, 'text' | 'blocks' | 'attachments'>;

function messageContent(args: Args): Content | string {
  const text = argString(args, 'text');
  const blocks = argArray(args, 'blocks');
  const attachments = argArray(args, 'attachments');
  if (args.blocks !== undefined && !blocks) return 'invalid_blocks';
  if (!text && !blocks?.length && !attachments?.length) return 'no_text';
  if (text && text.length > MAX_TEXT) return 'msg_too_long';
  const content: Content = {};
  if (text !== undefined) content.text = text;
  if (blocks) content.blocks = blocks;
  if (attachments) content.attachments = attachments;
  return content;
}

export function messageObject(m: FakeMessage, workspace: FakeWorkspace): Record<string, unknown> {
  return {
    type: 'message',
    user: m.user,
    bot_id: m.bot_id,
    app_id: m.app_id,
    text: m.text ?? '',
    ts: m.ts,
    team: workspace.team.id,
    ...(m.blocks ? { blocks: m.blocks } : {}),
    ...(m.attachments ? { attachments: m.attachments } : {}),
    ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
    ...(m.edited ? { edited: m.edited } : {}),
  };
}
