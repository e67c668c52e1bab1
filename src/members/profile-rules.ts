import { isValidTimeZone } from '../domain/time-zone.ts';

/**
 * What one member's profile may hold, whoever writes it: `/intro hobbies|volunteer`, the
 * Slack and Discord profile forms, `kindred match` rosters and the dashboard import all
 * check these same numbers, so a profile accepted in one place is accepted in every other.
 */
export const PROFILE_LIMITS = {
  /** Distinct interests in one list (hobbies, or causes volunteered for). */
  interestsPerList: 12,
  /** Characters in one interest. */
  interestLength: 40,
  /** Characters of one list as typed in a command or form box, separators included. */
  listTextLength: 1000,
  /** Characters of a member's field of work. */
  industryLength: 60,
  /** Characters of a time zone name (the longest IANA name has 32). */
  timezoneLength: 64,
  /** Characters of a display name in a roster. */
  nameLength: 100,
  /** Characters of a member id in a roster (platform user ids are far shorter). */
  idLength: 64,
} as const;

/** The interest-list bounds in the shape `parseInterestList` takes. */
export const INTEREST_LIST_LIMITS = {
  maxCount: PROFILE_LIMITS.interestsPerList,
  maxLength: PROFILE_LIMITS.interestLength,
} as const;

/** Stable codes of the single-field rules; each is also a message key in commands/messages.ts. */
export type ProfileFieldError = 'profile.industry_too_long' | 'profile.bad_timezone';

/** An industry that breaks a rule, or undefined when it may be stored (trimmed, empty = none). */
export function industryProblem(industry: string): ProfileFieldError | undefined {
  return industry.trim().length > PROFILE_LIMITS.industryLength ? 'profile.industry_too_long' : undefined;
}

// Asking Intl costs most of a millisecond per name, and a roster of 20,000 members names a
// few dozen zones: remember the answers (bounded, since the names come from files).
const knownZones = new Map<string, boolean>();

/** A time zone that breaks a rule: too long, or not an IANA name Intl knows. */
export function timezoneProblem(zone: string): ProfileFieldError | undefined {
  const trimmed = zone.trim();
  if (trimmed.length > PROFILE_LIMITS.timezoneLength) return 'profile.bad_timezone';
  let valid = knownZones.get(trimmed);
  if (valid === undefined) {
    valid = isValidTimeZone(trimmed);
    if (knownZones.size < 1000) knownZones.set(trimmed, valid);
  }
  return valid ? undefined : 'profile.bad_timezone';
}

/** PostgreSQL refuses the NUL character (0x00) in text, so no stored field may hold one. */
export const hasNul = (text: string): boolean => text.includes('\u0000');
