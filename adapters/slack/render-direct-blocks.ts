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

/** Where an ask's answer is shown once given; a new answer replaces it. */
export const ASK_ANSWER_BLOCK = 'kindred_answer';

/** The line under an ask that says how to answer: a button, or one of the three reactions. */
export const ASK_HOW_TO_ANSWER = `Press a button, or react to this message with ${FEEDBACK_REACTIONS.map(
  (r) => `:${r.name}: ${r.label}`,
).join('   ')}. You can change your answer at any time.`;

/**
 * A private message to one member: the ask ("how did it go?", as soon as the intro is
 * out), a nudge (the same, days later) or a check-in ("still in touch?"), with one button
 * per answer; or a notice written by the core (shown as text, escaped, so nothing in it
 * can ping anyone). The ask also takes reactions: it is the member's own DM, so nobody
 * else sees them. None are seeded: buttons answer in one click for no API call.
 */
export function renderDirectBlocks(message: DirectDelivery): SlackMessage {
  if (message.kind === 'notice') {
    const text = escapeMrkdwn(message.text);
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const others = joinNames(message.otherUserIds.map(mention));
  const question = followUpQuestion(message.kind, others);
  const buttons =
    message.kind === 'checkin'
      ? CHECKIN_CHOICES.map((c) => button(message.introId, c.answer, c.label))
      : FEEDBACK_REACTIONS.map((r) => button(message.introId, r.answer, capitalise(r.label)));
  const how: types.KnownBlock[] =
    message.kind === 'ask'
      ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: ASK_HOW_TO_ANSWER }] }]
      : [];
  return {
    text: question,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: question } },
      { type: 'actions', block_id: `kindred_${message.kind}`, elements: buttons },
      ...how,
    ],
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
