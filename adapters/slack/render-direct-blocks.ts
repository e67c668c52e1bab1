import type { types } from '@slack/bolt';
import type { DirectDelivery } from '../../src/platform.ts';
import { escapeMrkdwn, joinNames, mention } from './escape-mrkdwn.ts';
import { FEEDBACK_REACTIONS } from './feedback-reactions.ts';
import type { SlackMessage } from './render-intro-blocks.ts';
import { CHECKIN_CHOICES, followUpQuestion } from '../../src/rounds/follow-up/follow-up-text.ts';

/** Buttons carry `{action_id: kindred_feedback_<answer>, value: <intro id>}`. */
export const FEEDBACK_ACTION_PREFIX = 'kindred_feedback_';

const EMOJI: Record<string, string> = Object.fromEntries(FEEDBACK_REACTIONS.map((r) => [r.answer, r.name]));

function button(introId: number, answer: string, label: string): types.Button {
  const emoji = EMOJI[answer];
  return {
    type: 'button',
    action_id: `${FEEDBACK_ACTION_PREFIX}${answer}`,
    value: String(introId),
    text: { type: 'plain_text', text: emoji ? `:${emoji}: ${label}` : label, emoji: true },
  };
}

/**
 * A private message to one member: a nudge ("how did it go?") or a check-in ("still in
 * touch?") with one button per answer, or a notice written by the core (shown as text,
 * escaped, so nothing in it can ping anyone).
 */
export function renderDirectBlocks(message: DirectDelivery): SlackMessage {
  if (message.kind === 'notice') {
    const text = escapeMrkdwn(message.text);
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const others = joinNames(message.otherUserIds.map(mention));
  const question = followUpQuestion(message.kind, others);
  const buttons =
    message.kind === 'nudge'
      ? FEEDBACK_REACTIONS.map((r) => button(message.introId, r.answer, capitalise(r.label)))
      : CHECKIN_CHOICES.map((c) => button(message.introId, c.answer, c.label));
  return {
    text: question,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: question } },
      { type: 'actions', block_id: `kindred_${message.kind}`, elements: buttons },
    ],
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
