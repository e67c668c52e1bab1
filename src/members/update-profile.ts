import { cleanText } from '../domain/clean-text.ts';
import type { Cadence, Profile, MemberRef } from '../domain/member.ts';
import type { Result } from '../domain/result.ts';
import { fail, ok } from '../domain/result.ts';
import { parseInterestList } from '../interests/parse-interest-list.ts';
import type { ProfilePatch } from '../store/member-repository.ts';
import { saveProfile, setCadence } from '../store/member-repository.ts';
import type { MemberDeps } from './deps.ts';
import { now } from './deps.ts';
import { PROFILE_LIMITS, industryProblem, timezoneProblem } from './profile-rules.ts';
import { requireMember } from './require-member.ts';

export interface ProfileInput {
  /** Free text as typed ("Hiking, board games; chess"), normalised here. */
  hobbies?: string;
  volunteer?: string;
  industry?: string | null;
  timezone?: string | null;
  cadence?: Cadence;
}

export type ProfileError =
  | 'member.not_joined'
  | 'interests.too_many'
  | 'interests.too_long'
  | 'interests.empty'
  | 'profile.bad_timezone'
  | 'profile.industry_too_long';

/** Updates what a member told Kindred about themselves; only the given fields change. */
export async function updateProfile(
  deps: MemberDeps,
  ref: MemberRef,
  input: ProfileInput,
): Promise<Result<Profile, ProfileError>> {
  const patch: ProfilePatch = {};
  for (const field of ['hobbies', 'volunteer'] as const) {
    const text = input[field];
    if (text === undefined) continue;
    const parsed = parseInterestList(text);
    if (!parsed.ok) return fail(parsed.code, { field, limit: parsed.limit });
    patch[field] = parsed.interests;
    patch[field === 'hobbies' ? 'hobbySpellings' : 'volunteerSpellings'] = parsed.spellings;
  }
  if (input.industry !== undefined) {
    // PostgreSQL refuses NUL in text; a pasted control character is dropped rather than failing the save.
    const industry = (input.industry && cleanText(input.industry).trim()) || null;
    if (industry !== null && industryProblem(industry))
      return fail('profile.industry_too_long', { limit: PROFILE_LIMITS.industryLength });
    patch.industry = industry;
  }
  if (input.timezone !== undefined) {
    const zone = input.timezone?.trim() || null;
    if (zone !== null && timezoneProblem(zone))
      return fail('profile.bad_timezone', { given: zone.slice(0, PROFILE_LIMITS.timezoneLength) });
    patch.timezone = zone;
  }
  return deps.db.transaction(async (tx) => {
    const found = await requireMember(tx, ref);
    if (!found.ok) return found;
    if (input.cadence) await setCadence(tx, found.value.member.id, input.cadence);
    return ok(await saveProfile(tx, found.value.member.id, patch, now(deps)));
  });
}
