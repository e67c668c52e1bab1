// Core text that names a person carries a token instead of a name, because the core does
// not know how a platform mentions someone: `{@42}` is member 42. Delivery swaps member ids
// for platform user ids, and each adapter turns the tokens into its own mention markup.
const TOKEN = /\{@([^{}\s]+)\}/g;

/** The token that stands for one person in core text. */
export function mentionToken(id: string): string {
  return `{@${id}}`;
}

/** Replaces every token's id (e.g. member id -> platform user id); unknown ids become `fallback`. */
export function mapMentionTokens(
  text: string,
  ids: ReadonlyMap<string, string>,
  fallback = 'someone',
): string {
  return text.replace(TOKEN, (_, id: string) => {
    const to = ids.get(id);
    return to === undefined ? fallback : mentionToken(to);
  });
}

/** Text and mentions in order, for an adapter to escape the text and render the mentions. */
export function splitMentionTokens(text: string): Array<{ text: string } | { mention: string }> {
  const parts: Array<{ text: string } | { mention: string }> = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ mention: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The text with each token replaced by a name (plain text outputs such as the CLI). */
export function nameMentionTokens(text: string, name: (id: string) => string): string {
  return text.replace(TOKEN, (_, id: string) => name(id));
}
