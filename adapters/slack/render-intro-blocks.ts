import type { types } from '@slack/bolt';
import type { IntroDelivery } from '../../src/platform.ts';
import { escapeMrkdwn, joinNames, mention } from './escape-mrkdwn.ts';

export interface SlackMessage {
  /** The notification and screen-reader fallback; Slack shows `blocks` when present. */
  text: string;
  blocks: types.KnownBlock[];
}

const section = (text: string): types.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** "hiking and chess; volunteering: food bank", every word escaped. */
export function describeShared(shared: IntroDelivery['shared']): string {
  const parts: string[] = [];
  if (shared.hobbies.length > 0) parts.push(joinNames(shared.hobbies.map(escapeMrkdwn)));
  if (shared.volunteer.length > 0)
    parts.push(`volunteering for ${joinNames(shared.volunteer.map(escapeMrkdwn))}`);
  return parts.join('; ') || 'more than you might think';
}

/**
 * The group DM that introduces two or three people: who they are (mentions), what they
 * share and why that was chosen, and an icebreaker. It offers no answer reactions: how the
 * intro felt is asked of each member in their own DM, where a partner cannot see it.
 * Everything that came from a profile or the matcher is escaped.
 */
export function renderIntroBlocks(intro: IntroDelivery): SlackMessage {
  const people = joinNames(intro.userIds.map(mention));
  const shared = describeShared(intro.shared);
  const why = escapeMrkdwn(intro.why);
  const icebreaker = escapeMrkdwn(intro.icebreaker);
  return {
    text: `Meet each other: ${people}. You share ${shared}. ${why} Icebreaker: ${icebreaker}`,
    blocks: [
      section(`:wave: ${people}, meet each other!`),
      section(`*What you share:* ${shared}\n*Why I picked it:* ${why}`),
      section(`*Icebreaker:* ${icebreaker}`),
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
