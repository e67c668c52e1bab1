import { isSlackTs } from '../ids.ts';
import { argString, fail, ok, type MethodContext, type SlackResult } from './context.ts';

/** Emoji names go without colons; a skin tone is `::skin-tone-2`. */
const EMOJI_NAME = /^[a-z0-9_+'-]+(::skin-tone-[2-6])?$/;

/** reactions.add as the bot: `already_reacted` if the bot already has that reaction there. */
export function reactionsAdd({ args, workspace }: MethodContext): SlackResult {
  const channel = argString(args, 'channel');
  const ts = argString(args, 'timestamp');
  const name = argString(args, 'name');
  if (!channel || !ts) return fail('no_item_specified');
  if (!isSlackTs(ts)) return fail('bad_timestamp');
  if (!workspace.conversations.has(channel)) return fail('channel_not_found');
  if (!name || !EMOJI_NAME.test(name)) return fail('invalid_name');
  const message = workspace.findMessage(channel, ts);
  if (!message) return fail('message_not_found');
  const botUser = workspace.bot.userId;
  if (message.reactions.some((r) => r.name === name && r.users.includes(botUser)))
    return fail('already_reacted');
  workspace.react(botUser, channel, ts, name);
  return ok();
}
