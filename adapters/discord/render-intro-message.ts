import type { IntroDelivery } from '../../src/platform.ts';
import { escapeText, joinNames, mention } from './escape-text.ts';

export interface DiscordMessage {
  content: string;
  /** Only the people the message introduces may be pinged; never @everyone or a role. */
  allowedMentions: { parse: []; users: string[] };
}

/** Discord's limit on `content`; a why or icebreaker never comes close, but never fail on it. */
const MAX_CONTENT = 2000;

/** "hiking and chess; volunteering for food bank", every word escaped. */
export function describeShared(shared: IntroDelivery['shared']): string {
  const parts: string[] = [];
  if (shared.hobbies.length > 0) parts.push(joinNames(shared.hobbies.map(escapeText)));
  if (shared.volunteer.length > 0)
    parts.push(`volunteering for ${joinNames(shared.volunteer.map(escapeText))}`);
  return parts.join('; ') || 'more than you might think';
}

/**
 * The message that introduces two or three people, the same content as on Slack: who
 * (mentions), what they share and why that was chosen, and an icebreaker. It offers no
 * answer reactions: how the intro felt is asked of each member in a DM of their own. In a
 * private thread it greets everyone; in the DM fallback (`recipientId`) it names the
 * others to the one reading.
 */
export function renderIntroMessage(intro: IntroDelivery, recipientId?: string): DiscordMessage {
  const others = intro.userIds.filter((id) => id !== recipientId);
  const greeting = recipientId
    ? `👋 Meet ${joinNames(others.map(mention))}! I think you should talk. I have sent ${others.length === 1 ? 'them' : 'each of them'} the same message.`
    : `👋 ${joinNames(intro.userIds.map(mention))}, meet each other!`;
  const content = [
    greeting,
    `**What you share:** ${describeShared(intro.shared)}`,
    `**Why I picked it:** ${escapeText(intro.why)}`,
    `**Icebreaker:** ${escapeText(intro.icebreaker)}`,
    'I will ask each of you privately how it went; nobody here sees your answer.',
  ].join('\n');
  return {
    content: content.length > MAX_CONTENT ? `${content.slice(0, MAX_CONTENT - 1)}…` : content,
    allowedMentions: { parse: [], users: recipientId ? [] : [...intro.userIds] },
  };
}

/** The private thread's name (1-100 characters); it names nobody, as threads are listed. */
export function introThreadName(intro: IntroDelivery): string {
  return `Kindred intro #${intro.introId}`;
}
