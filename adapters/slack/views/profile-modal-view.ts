import type { types } from '@slack/bolt';
import type { Cadence, Member, Profile } from '../../../src/domain/member.ts';
import { PROFILE_LIMITS } from '../../../src/members/profile-rules.ts';

export const PROFILE_CALLBACK_ID = 'kindred_profile';

/** block_id of each input; every input's action_id is `value`. */
export const PROFILE_BLOCKS = {
  hobbies: 'hobbies',
  volunteer: 'volunteer',
  industry: 'industry',
  cadence: 'cadence',
  timezone: 'timezone',
} as const;

const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Every round (weekly)',
  biweekly: 'Every other week',
  monthly: 'About once a month',
};

export interface ProfileModalInput {
  member: Member;
  profile: Profile | undefined;
  /** What this community already uses, offered so people pick the same words. */
  popular: { hobbies: string[]; volunteer: string[] };
  /** The member's Slack timezone, offered when the profile has none. */
  slackTimezone?: string | undefined;
}

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });

function hint(popular: string[], example: string): types.PlainTextElement {
  const suggestions = popular.length > 0 ? ` Popular here: ${popular.join(', ')}.` : '';
  return plain(`Separate with commas, e.g. ${example}.${suggestions}`.slice(0, 2000));
}

function textInput(
  blockId: string,
  label: string,
  initial: string | undefined,
  options: { multiline?: boolean; maxLength: number; hint?: types.PlainTextElement; placeholder?: string },
): types.InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label),
    ...(options.hint ? { hint: options.hint } : {}),
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: options.multiline ?? false,
      max_length: options.maxLength,
      ...(initial ? { initial_value: initial } : {}),
      ...(options.placeholder ? { placeholder: plain(options.placeholder) } : {}),
    },
  };
}

function cadenceOption(cadence: Cadence): types.PlainTextOption {
  return { text: plain(CADENCE_LABELS[cadence]), value: cadence };
}

/** The profile form `/intro join` and the Home tab open, prefilled from the profile. */
export function profileModalView({
  member,
  profile,
  popular,
  slackTimezone,
}: ProfileModalInput): types.ModalView {
  return {
    type: 'modal',
    callback_id: PROFILE_CALLBACK_ID,
    title: plain('Your Kindred profile'),
    submit: plain('Save'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: 'I introduce people by what they do for fun and the causes they give time to — not by job title.',
        },
      },
      textInput(PROFILE_BLOCKS.hobbies, 'Hobbies', profile?.hobbies.join(', '), {
        multiline: true,
        maxLength: PROFILE_LIMITS.listTextLength,
        hint: hint(popular.hobbies, 'hiking, chess, sourdough'),
      }),
      textInput(PROFILE_BLOCKS.volunteer, 'Causes you volunteer for', profile?.volunteer.join(', '), {
        multiline: true,
        maxLength: PROFILE_LIMITS.listTextLength,
        hint: hint(popular.volunteer, 'food bank, mentoring'),
      }),
      textInput(PROFILE_BLOCKS.industry, 'Your field (optional)', profile?.industry ?? undefined, {
        maxLength: PROFILE_LIMITS.industryLength,
        hint: plain('Only used to introduce you to people from other fields, never as a topic.'),
      }),
      {
        type: 'input',
        block_id: PROFILE_BLOCKS.cadence,
        label: plain('How often would you like an intro?'),
        element: {
          type: 'static_select',
          action_id: 'value',
          options: (['weekly', 'biweekly', 'monthly'] as const).map(cadenceOption),
          initial_option: cadenceOption(member.cadence),
        },
      },
      textInput(PROFILE_BLOCKS.timezone, 'Timezone (optional)', profile?.timezone ?? slackTimezone, {
        maxLength: PROFILE_LIMITS.timezoneLength,
        placeholder: 'Europe/London',
        hint: plain('Helps me pair people who are awake at the same time.'),
      }),
    ],
  };
}
