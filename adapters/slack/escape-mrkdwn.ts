/**
 * Escapes text for Slack's mrkdwn. Slack reads `<…>` as a control sequence (`<!channel>`,
 * `<@U123>`, `<https://…|label>`) and `&` starts an entity, so only `&`, `<` and `>` need
 * escaping — and once they are, nothing a member typed can ping a channel or fake a mention.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Mentions of one user or channel, as the core writes them in replies (`<#C123>`, `<@U123>`).
const MENTION = /<[@#][A-Z0-9]+(?:\|[^<>&]*)?>/g;

/**
 * Escapes a reply written by the command layer: it may quote what a member typed, and it
 * may name a channel or user on purpose. Keeps single user/channel mentions and escapes
 * everything else, so `<!channel>` or a link can never come through.
 */
export function escapeReplyText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    out += escapeMrkdwn(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + escapeMrkdwn(text.slice(last));
}

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** `<@U123>` for a Slack user id; anything that is not one is shown escaped, never as markup. */
export function mention(userId: string): string {
  return USER_ID.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}

/** "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
