import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { DirectDelivery } from '../../src/platform.ts';
import { joinNames, mention } from './escape-text.ts';
import { FEEDBACK_EMOJI } from './feedback-emoji.ts';
import { feedbackButtonId, type ButtonAnswer, type ButtonSource } from './feedback-button-id.ts';
import { CHECKIN_CHOICES, followUpQuestion } from '../../src/rounds/follow-up/follow-up-text.ts';

export interface DirectMessage {
  content: string;
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function button(
  target: { guildId: string; introId: number; source: ButtonSource },
  answer: ButtonAnswer,
  label: string,
  emoji?: string,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: feedbackButtonId(target.guildId, target.introId, answer, target.source),
    label,
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

// A notice is the core's own text: its markup is meant. allowed_mentions already stops
// every ping; a zero-width space also keeps @everyone/@here from even rendering as one.
const MASS_MENTION = /@(everyone|here)/g;

/** The line under an ask that says how to answer: a button, or one of the three reactions. */
export const ASK_HOW_TO_ANSWER = `Press a button, or react to this message with ${FEEDBACK_EMOJI.map(
  (e) => `${e.emoji} ${e.label}`,
).join('   ')}. You can change your answer at any time.`;

/**
 * A private message to one member: the ask ("how did it go?", as soon as the intro is
 * out), a nudge (the same, days later) or a check-in ("still in touch?"), with one button
 * per answer; or a notice written by the core, sent as it is (its code spans and
 * newlines are Discord markdown too) with @everyone/@here defused. The ask also takes
 * reactions: it is the member's own DM, so nobody else sees them. None are seeded:
 * buttons answer in one click for no API call.
 */
export function renderDirectMessage(message: DirectDelivery): DirectMessage {
  if (message.kind === 'notice') {
    return {
      content: message.text.replace(MASS_MENTION, '@\u200b$1').slice(0, 2000),
      components: [],
      allowedMentions: { parse: [] },
    };
  }
  const target = {
    guildId: message.communityExternalId,
    introId: message.introId,
    source: message.kind === 'ask' ? ('ask' as const) : ('fb' as const),
  };
  const others = joinNames(message.otherUserIds.map(mention));
  const question = followUpQuestion(message.kind, others);
  const content = message.kind === 'ask' ? `${question}\n${ASK_HOW_TO_ANSWER}` : question;
  const buttons =
    message.kind === 'checkin'
      ? CHECKIN_CHOICES.map((c) => button(target, c.answer, c.label))
      : FEEDBACK_EMOJI.map((e) => button(target, e.answer, capitalise(e.label), e.emoji));
  return {
    content,
    components: [{ type: ComponentType.ActionRow, components: buttons }],
    allowedMentions: { parse: [] },
  };
}
