import type { types } from '@slack/bolt';
import type { IntroDelivery } from '../../src/platform.ts';
import { escapeMrkdwn, joinNames, mention } from './escape-mrkdwn.ts';
import { splitMentionTokens } from '../../src/domain/mention-token.ts';
import { nextStep } from '../../src/meeting/next-step.ts';

export interface SlackMessage {
  /** The notification and screen-reader fallback; Slack shows `blocks` when present. */
  text: string;
  blocks: types.KnownBlock[];
}

const section = (text: string): types.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** Core text with its mention tokens as Slack mentions and everything else escaped. */
export function renderCoreText(text: string): string {
  return splitMentionTokens(text)
    .map((part) => ('mention' in part ? mention(part.mention) : escapeMrkdwn(part.text)))
    .join('');
}

/** The next step as mrkdwn: the lead, then one line per suggested time with its calendar link. */
function renderNextStep(intro: IntroDelivery): string {
  const step = nextStep(intro.meeting, intro.icebreaker);
  const times = step.times.map((t) => {
    const links = t.calendarLinks.map((l) => `<${l.url}|${l.label}>`).join(' · ');
    return `• ${escapeMrkdwn(t.text)}  (add to calendar: ${links})`;
  });
  return [escapeMrkdwn(step.lead), ...times].join('\n');
}

/**
 * The group DM that introduces people the way a host would: who they are (mentions), one
 * line on what they have in common, one question to start with, and a concrete next step
 * (times in everyone's daytime with calendar links). It offers no answer reactions: how
 * the intro felt is asked of each member in their own DM, where a partner cannot see it.
 * Everything that came from a profile or the matcher is escaped.
 */
export function renderIntroBlocks(intro: IntroDelivery): SlackMessage {
  const people = joinNames(intro.userIds.map(mention));
  const hook = renderCoreText(intro.why);
  const icebreaker = escapeMrkdwn(intro.icebreaker);
  const next = renderNextStep(intro);
  return {
    text: `Meet each other: ${people}. ${hook} To start: ${icebreaker}`,
    blocks: [
      section(`:wave: ${people}, meet each other! ${hook}`),
      section(`*To start:* ${icebreaker}`),
      section(next),
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: 'I will ask each of you privately how it went; nobody here sees your answer.',
          },
        ],
      },
    ],
  };
}
