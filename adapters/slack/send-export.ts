import type { webApi } from '@slack/bolt';
import { escapeMrkdwn } from './escape-mrkdwn.ts';

/** Slack truncates text past 40,000 characters and advises keeping it under 4,000. */
const CHUNK = 3_500;

/** Splits text into pieces of at most `size` characters, at line breaks where possible. */
export function splitText(text: string, size = CHUNK): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (let rest = line; ;) {
      const room = size - current.length - (current ? 1 : 0);
      if (rest.length <= room) {
        current += (current ? '\n' : '') + rest;
        break;
      }
      if (current) {
        chunks.push(current);
        current = '';
        continue;
      }
      chunks.push(rest.slice(0, size));
      rest = rest.slice(size);
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Sends a member their data export as code blocks in a DM with the bot (no files:write
 * scope needed), split over several messages when long. JSON is escaped like any text:
 * Slack parses `<`, `>` and `&` even inside code blocks.
 */
export async function sendExport(
  client: webApi.WebClient,
  userId: string,
  attachment: { filename: string; content: string },
): Promise<void> {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('conversations.open returned no channel for the export DM');
  // Split before escaping, so no entity is cut in two; escaping grows a part at most 5×.
  const parts = splitText(attachment.content).map(escapeMrkdwn);
  for (const [i, part] of parts.entries()) {
    const title =
      parts.length > 1 ? `${attachment.filename} (${i + 1}/${parts.length})` : attachment.filename;
    await client.chat.postMessage({ channel, text: `${title}\n\`\`\`${part}\`\`\``, mrkdwn: true });
  }
}
