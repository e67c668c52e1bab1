import { z } from 'zod';
import { CADENCES } from '../../src/domain/member.ts';
import { PROFILE_LIMITS } from '../../src/members/profile-rules.ts';
import type { ProfileInput } from '../../src/members/update-profile.ts';

const optional = (max: number) =>
  z
    .string()
    .max(max)
    .transform((value) => value.trim() || undefined)
    .optional();

const submittedSchema = z.object({
  hobbies: optional(PROFILE_LIMITS.listTextLength),
  volunteer: optional(PROFILE_LIMITS.listTextLength),
  industry: optional(PROFILE_LIMITS.industryLength),
  cadence: optional(20),
  timezone: optional(PROFILE_LIMITS.timezoneLength),
});

const cadenceSchema = z
  .string()
  .transform((value) => value.toLowerCase().replace(/[\s-]+/g, ''))
  .pipe(z.enum(CADENCES));

export type ProfileFormResult =
  | { ok: true; input: ProfileInput; cadenceIgnored?: string }
  | { ok: false; problem: 'form.invalid' | 'form.empty' };

/**
 * The submitted form as a profile update. An empty interest box leaves that list as it
 * was, but at least one must be filled, or there is nothing to match on. An unreadable
 * "how often" keeps the old cadence and is reported back, rather than losing the form.
 */
export function parseProfileForm(values: Record<string, string | undefined>): ProfileFormResult {
  const parsed = submittedSchema.safeParse(values);
  if (!parsed.success) return { ok: false, problem: 'form.invalid' };
  const form = parsed.data;
  if (!form.hobbies && !form.volunteer) return { ok: false, problem: 'form.empty' };
  const cadence = form.cadence === undefined ? undefined : cadenceSchema.safeParse(form.cadence);
  return {
    ok: true,
    input: {
      hobbies: form.hobbies,
      volunteer: form.volunteer,
      industry: form.industry ?? null,
      timezone: form.timezone ?? null,
      cadence: cadence?.success ? cadence.data : undefined,
    },
    ...(cadence && !cadence.success ? { cadenceIgnored: form.cadence } : {}),
  };
}
