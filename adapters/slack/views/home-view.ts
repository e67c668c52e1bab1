import type { types } from '@slack/bolt';
import type { Member, Profile } from '../../../src/domain/member.ts';
import { escapeMrkdwn } from '../escape-mrkdwn.ts';

/** action_ids of the Home tab's buttons. */
export const HOME_ACTIONS = {
  join: 'kindred_home_join',
  edit: 'kindred_home_edit',
  pause: 'kindred_home_pause',
  resume: 'kindred_home_resume',
} as const;

export interface HomeViewInput {
  member: Member | undefined;
  profile: Profile | undefined;
  /** When the community's next scheduled round starts, if it has one. */
  nextRound: Date | undefined;
  timezone: string;
}

const section = (text: string): types.SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

function button(actionId: string, text: string, style?: 'primary' | 'danger'): types.Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text },
    ...(style ? { style } : {}),
  };
}

const list = (items: string[] | undefined) =>
  items && items.length > 0 ? items.map(escapeMrkdwn).join(', ') : '_none yet_';

function statusText(member: Member, nextRound: string | undefined): string {
  if (member.status === 'left') return 'You have left introductions.';
  if (member.status === 'paused') {
    const until = member.pausedUntil ? ` until ${member.pausedUntil.toISOString().slice(0, 10)}` : '';
    return `You are *paused*${until}.`;
  }
  const cadence = { weekly: 'every round', biweekly: 'every other week', monthly: 'about once a month' };
  return `You are *in*: intros come ${cadence[member.cadence]}.${nextRound ? ` Next round: ${nextRound}.` : ''}`;
}

function formatRound(at: Date, timezone: string): string {
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  return `${when} (${escapeMrkdwn(timezone)})`;
}

/** The App Home tab: my profile, my status and next round, and buttons for the same use-cases as `/intro`. */
export function homeView({ member, profile, nextRound, timezone }: HomeViewInput): types.HomeView {
  const blocks: types.KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: 'Kindred' } }];
  if (!member || member.status === 'left') {
    blocks.push(
      section(
        'I introduce people here who share hobbies and causes — not job titles — and ask afterwards how it felt.',
      ),
      { type: 'actions', elements: [button(HOME_ACTIONS.join, member ? 'Join again' : 'Join', 'primary')] },
    );
    return { type: 'home', blocks };
  }
  const round = nextRound ? formatRound(nextRound, timezone) : undefined;
  blocks.push(
    section(statusText(member, round)),
    section(
      [
        `*Hobbies:* ${list(profile?.hobbies)}`,
        `*Volunteering:* ${list(profile?.volunteer)}`,
        `*Field:* ${profile?.industry ? escapeMrkdwn(profile.industry) : '_not set_'}`,
        `*Timezone:* ${profile?.timezone ? escapeMrkdwn(profile.timezone) : '_not set_'}`,
      ].join('\n'),
    ),
    {
      type: 'actions',
      elements: [
        button(HOME_ACTIONS.edit, 'Edit profile', 'primary'),
        member.status === 'paused'
          ? button(HOME_ACTIONS.resume, 'Resume')
          : button(HOME_ACTIONS.pause, 'Pause'),
      ],
    },
    {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: '`/intro help` lists everything else: leave, export, forget, block.' },
      ],
    },
  );
  return { type: 'home', blocks };
}
