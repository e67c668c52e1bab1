import {
  ComponentType,
  TextInputStyle,
  type APILabelComponent,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import type { Member, Profile } from '../../src/domain/member.ts';
import { PROFILE_LIMITS } from '../../src/members/profile-rules.ts';

export const PROFILE_MODAL_ID = 'kindred:profile';

/** custom_id of each text input. */
export const PROFILE_FIELDS = {
  hobbies: 'hobbies',
  volunteer: 'volunteer',
  industry: 'industry',
  cadence: 'cadence',
  timezone: 'timezone',
} as const;

export interface ProfileModalInput {
  member: Pick<Member, 'cadence'>;
  profile: Pick<Profile, 'hobbies' | 'volunteer' | 'industry' | 'timezone'> | undefined;
  /** What this community already uses, offered so people pick the same words (and find each other). */
  popular: { hobbies: string[]; volunteer: string[] };
}

// Discord's limits: a label 45 characters, its description and a placeholder 100.
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function suggestions(popular: string[], example: string): string {
  return clip(popular.length > 0 ? `Popular here: ${popular.join(', ')}` : `e.g. ${example}`, 100);
}

function input(
  customId: string,
  label: string,
  description: string,
  options: { value?: string | null; placeholder: string; maxLength: number; paragraph?: boolean },
): APILabelComponent {
  return {
    type: ComponentType.Label,
    label,
    description,
    component: {
      type: ComponentType.TextInput,
      custom_id: customId,
      style: options.paragraph ? TextInputStyle.Paragraph : TextInputStyle.Short,
      required: false,
      max_length: options.maxLength,
      placeholder: options.placeholder,
      ...(options.value ? { value: options.value } : {}),
    },
  };
}

/**
 * The profile form `/intro join` opens, prefilled, with the community's popular interests
 * as suggestions. Discord modals hold text inputs well on every client, so how often is
 * a short text (weekly, biweekly or monthly) rather than a select.
 */
export function profileModal({
  member,
  profile,
  popular,
}: ProfileModalInput): APIModalInteractionResponseCallbackData {
  return {
    custom_id: PROFILE_MODAL_ID,
    title: "You're in! Tell me about you",
    components: [
      input(PROFILE_FIELDS.hobbies, 'Hobbies', 'What you do for fun, separated by commas.', {
        value: profile?.hobbies.join(', '),
        placeholder: suggestions(popular.hobbies, 'hiking, chess, sourdough'),
        maxLength: PROFILE_LIMITS.listTextLength,
        paragraph: true,
      }),
      input(PROFILE_FIELDS.volunteer, 'Causes you volunteer for', 'Separated by commas.', {
        value: profile?.volunteer.join(', '),
        placeholder: suggestions(popular.volunteer, 'food bank, mentoring'),
        maxLength: PROFILE_LIMITS.listTextLength,
        paragraph: true,
      }),
      input(
        PROFILE_FIELDS.industry,
        'Your field (optional)',
        'Only used to introduce you to people from other fields.',
        {
          value: profile?.industry,
          placeholder: 'e.g. finance, nursing, software',
          maxLength: PROFILE_LIMITS.industryLength,
        },
      ),
      input(PROFILE_FIELDS.cadence, 'How often?', 'weekly, biweekly or monthly', {
        value: member.cadence,
        placeholder: 'weekly',
        maxLength: 20,
      }),
      input(
        PROFILE_FIELDS.timezone,
        'Timezone (optional)',
        'Helps me pair people who are awake at the same time.',
        {
          value: profile?.timezone,
          placeholder: 'Europe/London',
          maxLength: PROFILE_LIMITS.timezoneLength,
        },
      ),
    ],
  };
}
