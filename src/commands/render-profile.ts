import type { Member, Profile } from '../domain/member.ts';

const list = (items: string[] | undefined) => (items && items.length > 0 ? items.join(', ') : 'none yet');

// What the member wrote, when it is known and lines up with the keys; the keys otherwise.
const asWritten = (keys: string[] | undefined, spellings: string[] | undefined) =>
  spellings && keys && spellings.length === keys.length ? spellings : keys;

function statusLine(member: Member): string {
  if (member.status === 'left') return 'You have left introductions (`/intro join` to come back).';
  if (member.status === 'paused') {
    const until = member.pausedUntil
      ? ` until ${member.pausedUntil.toISOString().slice(0, 10)}`
      : ' until you resume';
    return `You are paused${until} (\`/intro resume\` to come back).`;
  }
  return `You are in: intros come ${member.cadence === 'weekly' ? 'every round' : member.cadence === 'biweekly' ? 'every other week' : 'about once a month'}.`;
}

/** A member's profile as they see it with `/intro profile`. */
export function renderProfile(member: Member, profile: Profile | undefined): string {
  return [
    statusLine(member),
    `Hobbies: ${list(asWritten(profile?.hobbies, profile?.hobbySpellings))}`,
    `Volunteering: ${list(asWritten(profile?.volunteer, profile?.volunteerSpellings))}`,
    `Field (only used to introduce you to people from other fields): ${profile?.industry ?? 'not set'}`,
    `Timezone: ${profile?.timezone ?? 'not set'}`,
  ].join('\n');
}
