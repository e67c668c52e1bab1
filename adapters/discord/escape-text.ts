import { escapeMarkdown } from 'discord.js';

/**
 * Escapes text that came from a member or the matcher before it goes into a message:
 * Discord markdown (bold, headings, lists, masked links) and anything that would render
 * as a mention (`<@id>`, `<#id>`, `<@&role>`, `@everyone`). `allowed_mentions` already
 * stops pings; this stops them from even looking like one.
 */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
  return escaped.replace(/[<@]/g, '\\$&');
}

/** A Discord user mention; an id that is not a snowflake is shown escaped, never as markup. */
export function mention(userId: string): string {
  return /^\d{17,20}$/.test(userId) ? `<@${userId}>` : escapeText(userId);
}

/** "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
