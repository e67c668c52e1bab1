import { z } from 'zod';
import { CADENCES } from '../../../src/domain/member.ts';
import { messageFor } from '../../../src/commands/messages.ts';
import { PROFILE_LIMITS } from '../../../src/members/profile-rules.ts';
import type { ProfileInput } from '../../../src/members/update-profile.ts';
import { PROFILE_BLOCKS } from './profile-modal-view.ts';

const text = (max: number) => z.object({ value: z.object({ value: z.string().max(max).nullish() }) });

/** `view.state.values` of a submitted profile form; anything else is not our form. */
const profileStateSchema = z.object({
  [PROFILE_BLOCKS.hobbies]: text(PROFILE_LIMITS.listTextLength),
  [PROFILE_BLOCKS.volunteer]: text(PROFILE_LIMITS.listTextLength),
  [PROFILE_BLOCKS.industry]: text(PROFILE_LIMITS.industryLength),
  [PROFILE_BLOCKS.timezone]: text(PROFILE_LIMITS.timezoneLength),
  [PROFILE_BLOCKS.cadence]: z.object({
    value: z.object({ selected_option: z.object({ value: z.enum(CADENCES) }).nullish() }),
  }),
});

export type ProfileFormResult =
  { ok: true; input: ProfileInput } | { ok: false; errors: Record<string, string> };

// Slack enforces each box's max_length in its clients; a longer value still gets the message
// the use-case would give, under its own box.
const TOO_LONG: Record<string, (given: string) => string> = {
  [PROFILE_BLOCKS.hobbies]: () =>
    messageFor('interests.too_many', { limit: PROFILE_LIMITS.interestsPerList }),
  [PROFILE_BLOCKS.volunteer]: () =>
    messageFor('interests.too_many', { limit: PROFILE_LIMITS.interestsPerList }),
  [PROFILE_BLOCKS.industry]: () =>
    messageFor('profile.industry_too_long', { limit: PROFILE_LIMITS.industryLength }),
  [PROFILE_BLOCKS.timezone]: (given) =>
    messageFor('profile.bad_timezone', { given: `${given.slice(0, 30)}…` }),
};

const filled = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * The submitted form as a profile update, or errors keyed by block_id for
 * `response_action: 'errors'`. An empty interest box leaves that list as it was; at least
 * one of the two must be filled, or there is nothing to match on.
 */
export function parseProfileForm(values: unknown): ProfileFormResult {
  const parsed = profileStateSchema.safeParse(values);
  if (!parsed.success) {
    const block = parsed.error.issues.find((issue) => issue.code === 'too_big')?.path[0];
    const tooLong = typeof block === 'string' ? TOO_LONG[block] : undefined;
    if (tooLong && typeof block === 'string') {
      const given = z
        .object({ value: z.object({ value: z.string() }) })
        .safeParse((values as Record<string, unknown>)[block]);
      return { ok: false, errors: { [block]: tooLong(given.success ? given.data.value.value : '') } };
    }
    return { ok: false, errors: { [PROFILE_BLOCKS.hobbies]: 'Please fill in the form again.' } };
  }
  const state = parsed.data;
  const hobbies = filled(state.hobbies.value.value);
  const volunteer = filled(state.volunteer.value.value);
  if (!hobbies && !volunteer) {
    return {
      ok: false,
      errors: { [PROFILE_BLOCKS.hobbies]: 'Tell me at least one hobby or cause, so I can find you a match.' },
    };
  }
  return {
    ok: true,
    input: {
      hobbies,
      volunteer,
      industry: filled(state.industry.value.value) ?? null,
      timezone: filled(state.timezone.value.value) ?? null,
      cadence: state.cadence.value.selected_option?.value,
    },
  };
}

/** The block a use-case failure belongs under. */
export function blockForFailure(code: string, detail: Record<string, string | number> | undefined): string {
  if (code.startsWith('interests.'))
    return detail?.field === 'volunteer' ? PROFILE_BLOCKS.volunteer : PROFILE_BLOCKS.hobbies;
  if (code === 'profile.bad_timezone') return PROFILE_BLOCKS.timezone;
  if (code === 'profile.industry_too_long') return PROFILE_BLOCKS.industry;
  return PROFILE_BLOCKS.hobbies;
}
