import { describe, expect, it } from 'vitest';
import { PROFILE_LIMITS } from '../../src/members/profile-rules.ts';
import { parseMembersFile } from '../../src/roster/parse-members-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, order: 'le' | 'be') => {
  const out = new Uint8Array(2 + text.length * 2);
  for (let i = -1; i < text.length; i++) {
    const code = i < 0 ? 0xfeff : text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    out.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + 2 * i);
  }
  return out;
};

const members = (content: string | Uint8Array, file = 'm.csv') => {
  const parsed = parseMembersFile(content, file);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.members;
};
const problem = (content: string | Uint8Array, file = 'm.csv') => {
  const parsed = parseMembersFile(content, file);
  return parsed.ok ? 'accepted' : parsed.message;
};

describe('parseMembersFile', () => {
  it('GIVEN list cells separated by ; or by , inside quotes THEN each gives the same list', () => {
    const csv =
      'id,hobbies,volunteer,blocked\nu1,hiking;chess,"food bank, shelter",u2\nu2,"hiking, chess",food bank;shelter,"u1; u3"\nu3,chess,,\n';
    const [a, b] = members(csv);
    expect(a).toMatchObject({
      hobbies: ['hiking', 'chess'],
      volunteer: ['food bank', 'shelter'],
      blocked: ['u2'],
    });
    expect(b).toMatchObject({
      hobbies: ['hiking', 'chess'],
      volunteer: ['food bank', 'shelter'],
      blocked: ['u1', 'u3'],
    });
  });

  it('GIVEN a JSON array THEN lists stay as given and locations name entries', () => {
    const parsed = parseMembersFile('[{"id":"u1","hobbies":["chess"]},{"id":"u2"}]', 'm.json');
    expect(parsed).toEqual({
      ok: true,
      members: [
        { id: 'u1', hobbies: ['chess'], volunteer: [] },
        { id: 'u2', hobbies: [], volunteer: [] },
      ],
      locations: ['entry [0]', 'entry [1]'],
    });
  });

  it('GIVEN Excel "Unicode text" (UTF-16 LE or BE, tab-separated) THEN it reads as the UTF-8 CSV does', () => {
    const csv = 'id,name,hobbies\nu1,Zoë,"hiking, chess"\nu2,Łukasz,chess\n';
    const tabs = 'id\tname\thobbies\r\nu1\tZoë\thiking, chess\r\nu2\tŁukasz\tchess\r\n';
    expect(members(utf16(tabs, 'le'))).toEqual(members(utf8(csv)));
    expect(members(utf16(tabs, 'be'))).toEqual(members(utf8(csv)));
  });

  it('GIVEN a semicolon-separated file (a spreadsheet in a comma-decimal locale) THEN commas separate list entries', () => {
    expect(members('id;name;hobbies\nu1;Ada;hiking, chess\n')).toEqual([
      { id: 'u1', name: 'Ada', hobbies: ['hiking', 'chess'], volunteer: [] },
    ]);
  });

  it('GIVEN a UTF-8 byte-order mark THEN the first column is still "id"', () => {
    expect(members(utf8('\uFEFFid,hobbies\nu1,chess\n'))).toEqual([
      { id: 'u1', hobbies: ['chess'], volunteer: [] },
    ]);
  });

  it('GIVEN a Latin-1 file THEN it is refused naming the file and line, not turned into mojibake', () => {
    const bytes = Uint8Array.from('id,name\nu1,Zoë\n', (c) => c.charCodeAt(0));
    expect(problem(bytes)).toMatch(
      /^m\.csv: line 2 is not valid UTF-8 \(byte 0xEB\)\. The file looks like Latin-1/,
    );
  });

  it('GIVEN a JSON object, an empty file or blank lines THEN it says what the file is', () => {
    expect(problem('{"members":[{"id":"u1"}],"version":2}', 'm.json')).toBe(
      'm.json: expected a JSON array of members ([{...}, {...}]), but the file holds a JSON object with keys "members", "version"; if the members are its "members" list, give that array alone',
    );
    expect(problem('')).toBe('m.csv: the file is empty');
    expect(problem(new Uint8Array())).toBe('m.csv: the file is empty (0 bytes)');
    expect(problem('\n  \r\n')).toBe('m.csv: the file is empty: it holds only blank lines or spaces');
  });

  it('GIVEN a NUL character in a name or an interest THEN the line and field are named', () => {
    expect(problem('id,name\nu1,Ada\nu2,Gr\u0000ace\n')).toBe(
      'm.csv line 3: name contains a NUL character (byte 0x00), which cannot be stored; remove it from the file',
    );
    expect(problem('[{"id":"u1","hobbies":["chess\\u0000"]}]', 'm.json')).toMatch(
      /^m\.json entry \[0\] \(id "u1"\): hobbies contains a NUL character/,
    );
  });

  describe('GIVEN the profile rules /intro enforces', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `hobby${i}`);
    const { interestsPerList, interestLength, industryLength, nameLength, idLength } = PROFILE_LIMITS;

    it('THEN a list holds at most the same number of interests', () => {
      expect(problem(`id,hobbies\nu1,${list(interestsPerList).join(';')}\n`)).toBe('accepted');
      expect(problem(`id,volunteer\nu1,chess\nu2,"${list(interestsPerList + 1).join(', ')}"\n`)).toBe(
        `m.csv line 3: volunteer: more than ${interestsPerList} interests; a profile holds at most ${interestsPerList} per list, as with /intro volunteer`,
      );
      expect(problem(JSON.stringify([{ id: 'u1', hobbies: list(500) }]), 'm.json')).toMatch(
        /^m\.json entry \[0\] \(id "u1"\): hobbies: more than 12 interests/,
      );
    });

    it('THEN an interest, an industry, a name and an id are as long at most', () => {
      const long = (n: number) => 'a'.repeat(n);
      expect(problem(`id,hobbies\nu1,${long(interestLength)}\n`)).toBe('accepted');
      expect(problem(JSON.stringify([{ id: 'u1', hobbies: [long(3000)] }]), 'm.json')).toBe(
        `m.json entry [0] (id "u1"): hobbies: "${long(29)}…" is longer than ${interestLength} characters; shorten it`,
      );
      expect(problem(`id,industry\nu1,${long(industryLength)}\n`)).toBe('accepted');
      expect(problem(`id,industry\nu1,${long(industryLength + 1)}\n`)).toBe(
        `m.csv line 2: industry is longer than ${industryLength} characters`,
      );
      expect(problem(`id,name\nu1,${long(nameLength + 1)}\n`)).toBe(
        `m.csv line 2: name is longer than ${nameLength} characters`,
      );
      expect(problem(`id\n${long(idLength + 1)}\n`)).toBe(
        `m.csv line 2: id is longer than ${idLength} characters`,
      );
    });

    it('THEN duplicates count once, as /intro counts them', () => {
      const twice = [...list(interestsPerList), ...list(interestsPerList).map((h) => h.toUpperCase())];
      expect(problem(`id,hobbies\nu1,${twice.join(';')}\n`)).toBe('accepted');
    });
  });

  it('GIVEN a file name with spaces THEN a duplicate id still names where it was first seen', () => {
    expect(problem('id\nu1\nu1\n', 'pasted text')).toBe(
      'pasted text line 3: duplicate id "u1" (first on line 2)',
    );
  });
});
