import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { DirectDelivery } from '../../src/platform.ts';
import { joinNames, mention } from './escape-text.ts';
import { FEEDBACK_EMOJI } from './feedback-emoji.ts';
import { feedbackButtonId, type ButtonAnswer } from './feedback-button-id.ts';
import { CHECKIN_CHOICES, followUpQuestion } from '../../src/rounds/follow-up/follow-up-text.ts';

export interface DirectMessage {
  content: string;
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function button(
  guildId: string,
  introId: number,
  answer: ButtonAnswer,
  label: string,
  emoji?: string,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: feedbackButtonId(guildId, introId, answer),
    label,
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

// A notice is the core's own text: its markup is meant. allowed_mentions already stops
// every ping; a zero-width space also keeps @everyone/@here from even rendering as one.
const MASS_MENTION = /@(everyone|here)/g;

/**
 * A private message to one member: a nudge ("how did it go?") or a check-in ("still in
 * touch?") with one button per answer, or a notice written by the core, sent as it is
 * (its code spans and newlines are Discord markdown too) with @everyone/@here defused.
 */
export function renderDirectMessage(message: DirectDelivery): DirectMessage {
  if (message.kind === 'notice') {
    return {
      content: message.text.replace(MASS_MENTION, '@\u200b$1').slice(0, 2000),
      components: [],
      allowedMentions: { parse: [] },
    };
  }
  const { communityExternalId: guildId, introId } = message;
  const others = joinNames(message.otherUserIds.map(mention));
  const content = followUpQuestion(message.kind, others);
  const buttons =
    message.kind === 'nudge'
      ? FEEDBACK_EMOJI.map((e) => button(guildId, introId, e.answer, capitalise(e.label), e.emoji))
      : CHECKIN_CHOICES.map((c) => button(guildId, introId, c.answer, c.label));
  return {
    content,
    components: [{ type: ComponentType.ActionRow, components: buttons }],
    allowedMentions: { parse: [] },
  };
}
