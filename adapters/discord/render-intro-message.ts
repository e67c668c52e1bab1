import type { IntroDelivery } from '../../src/platform.ts';
import { escapeText, joinNames, mention } from './escape-text.ts';
import { splitMentionTokens } from '../../src/domain/mention-token.ts';
import { nextStep } from '../../src/meeting/next-step.ts';

export interface DiscordMessage {
  content: string;
  /** Only the people the message introduces may be pinged; never @everyone or a role. */
  allowedMentions: { parse: []; users: string[] };
}

/** Discord's limit on `content`; a why or icebreaker never comes close, but never fail on it. */
const MAX_CONTENT = 2000;

/** Core text with its mention tokens as Discord mentions and everything else escaped. */
export function renderCoreText(text: string): string {
  return splitMentionTokens(text)
    .map((part) => ('mention' in part ? mention(part.mention) : escapeText(part.text)))
    .join('');
}

/** The next step: the lead, then one line per suggested time with its calendar link. */
function renderNextStep(intro: IntroDelivery): string {
  const step = nextStep(intro.meeting, intro.icebreaker);
  // Angle brackets keep Discord from unfurling a preview card for every link.
  const times = step.times.map((t) => {
    const links = t.calendarLinks.map((l) => `[${l.label}](<${l.url}>)`).join(' · ');
    return `• ${escapeText(t.text)} (add to calendar: ${links})`;
  });
  return [escapeText(step.lead), ...times].join('\n');
}

/**
 * The message that introduces people, the same content as on Slack: who (mentions), one
 * line on what they have in common, one question to start with and a concrete next step
 * (times in everyone's daytime with calendar links). It offers no answer reactions: how
 * the intro felt is asked of each member in a DM of their own. In a private thread it
 * greets everyone; in the DM fallback (`recipientId`) it names the others to the one reading.
 */
export function renderIntroMessage(intro: IntroDelivery, recipientId?: string): DiscordMessage {
  const others = intro.userIds.filter((id) => id !== recipientId);
  const greeting = recipientId
    ? `👋 Meet ${joinNames(others.map(mention))}! I think you should talk. I have sent ${others.length === 1 ? 'them' : 'each of them'} the same message.`
    : `👋 ${joinNames(intro.userIds.map(mention))}, meet each other!`;
  const content = [
    `${greeting} ${renderCoreText(intro.why)}`,
    `**To start:** ${escapeText(intro.icebreaker)}`,
    renderNextStep(intro),
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
