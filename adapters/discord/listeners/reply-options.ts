import { AttachmentBuilder, type MessageMentionOptions } from 'discord.js';
import type { CommandReply } from '../../../src/commands/intro-command.ts';

const MAX_CONTENT = 2000;

export interface ReplyOptions {
  content: string;
  allowedMentions: MessageMentionOptions;
  files?: AttachmentBuilder[];
}

/**
 * A command reply as Discord message options. The command layer's replies are already
 * Discord markdown (code spans, newlines, `<#channel>`); they may quote what a member
 * typed, so nothing in them may ping. `export` comes as a JSON file.
 */
export function replyOptions(reply: CommandReply): ReplyOptions {
  const content = reply.text.length > MAX_CONTENT ? `${reply.text.slice(0, MAX_CONTENT - 1)}…` : reply.text;
  return {
    content,
    allowedMentions: { parse: [] },
    ...(reply.attachment
      ? {
          files: [
            new AttachmentBuilder(Buffer.from(reply.attachment.content, 'utf8'), {
              name: reply.attachment.filename,
            }),
          ],
        }
      : {}),
  };
}
