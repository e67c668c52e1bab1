import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROSTER_README_SECTION } from '../../src/cli/match-help.ts';
import { PROFILE_LIMITS } from '../../src/members/profile-rules.ts';
import { parseMembersFile } from '../../src/roster/parse-members-file.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const title = /section "(.+)"/.exec(ROSTER_README_SECTION)?.[1] ?? '';
const section = readme.split(/^## /m).find((s) => s.startsWith(`${title}\n`)) ?? '';
const block = (lang: string) => new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)?.[1] ?? '';

describe('the README section `kindred match --help` points to', () => {
  it('exists', () => {
    expect(title).toBe('Roster files');
    expect(section).not.toBe('');
  });

  it('shows a CSV and a JSON example that the parser reads as the same members', () => {
    const csv = parseMembersFile(block('csv'), 'README csv');
    const json = parseMembersFile(block('json'), 'README json');
    if (!csv.ok || !json.ok) throw new Error(csv.ok ? (json.ok ? '' : json.message) : csv.message);
    expect(csv.members[0]).toEqual(json.members[0]);
    expect(csv.members[0]!.hobbies).toEqual(['hiking', 'chess']);
  });

  it('states the limits the code enforces', () => {
    const L = PROFILE_LIMITS;
    const text = section.replace(/\s+/g, ' ');
    expect(text).toContain(
      `At most ${L.interestsPerList} interests per list, each up to ${L.interestLength} characters`,
    );
    expect(text).toContain(`up to ${L.idLength} characters`);
    expect(text).toContain(`display name, up to ${L.nameLength} characters`);
    expect(text).toContain(`up to ${L.industryLength} characters`);
  });
});
