import { interestsFromItems } from '../interests/parse-interest-list.ts';
import { hasNul, industryProblem, PROFILE_LIMITS } from '../members/profile-rules.ts';
import type { RosterMember } from './roster-member-schema.ts';

export type RosterRuleCode = 'roster.nul' | 'roster.limit';

const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

/**
 * What in one roster member breaks the profile rules `/intro` and the profile forms
 * enforce (members/profile-rules.ts), as a code and a message naming the field; undefined
 * when the member may be stored. NUL characters are refused because PostgreSQL cannot
 * store them, and a file holding some is usually damaged rather than meant.
 */
export function rosterMemberProblem(
  member: RosterMember,
): { code: RosterRuleCode; message: string } | undefined {
  const texts: Array<[string, string | null | undefined]> = [
    ['id', member.id],
    ['name', member.name],
    ...member.hobbies.map((h): [string, string] => ['hobbies', h]),
    ...member.volunteer.map((v): [string, string] => ['volunteer', v]),
    ['industry', member.industry],
    ['timezone', member.timezone],
    ...(member.blocked ?? []).map((b): [string, string] => ['blocked', b]),
  ];
  const nul = texts.find(([, text]) => text != null && hasNul(text));
  if (nul) {
    return {
      code: 'roster.nul',
      message: `${nul[0]} contains a NUL character (byte 0x00), which cannot be stored; remove it from the file`,
    };
  }
  const limit = (message: string) => ({ code: 'roster.limit' as const, message });
  if (member.id.length > PROFILE_LIMITS.idLength)
    return limit(`id is longer than ${PROFILE_LIMITS.idLength} characters`);
  if ((member.name?.trim().length ?? 0) > PROFILE_LIMITS.nameLength)
    return limit(`name is longer than ${PROFILE_LIMITS.nameLength} characters`);
  for (const field of ['hobbies', 'volunteer'] as const) {
    const list = interestsFromItems(member[field]);
    if (list.ok || list.code === 'interests.empty') continue;
    if (list.code === 'interests.too_many') {
      return limit(
        `${field}: more than ${list.limit} interests; a profile holds at most ${list.limit} per list, as with /intro ${field}`,
      );
    }
    return limit(`${field}: "${clip(list.item ?? '')}" is longer than ${list.limit} characters; shorten it`);
  }
  if (member.industry != null && industryProblem(member.industry))
    return limit(`industry is longer than ${PROFILE_LIMITS.industryLength} characters`);
  return undefined;
}
