import { describe, expect, it } from 'vitest';
import { runMatchCommand } from '../../src/cli/match-command.ts';
import { prepareImport } from '../../src/http/dashboard/import/prepare-import.ts';
import { normaliseInterest } from '../../src/interests/normalise-interest.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) =>
  Uint8Array.from([
    0xff,
    0xfe,
    ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
  ]);
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Runs `kindred match` on one members file given as bytes, as the real CLI reads it. */
async function match(bytes: Uint8Array) {
  let stdout = '';
  let stderr = '';
  const code = await runMatchCommand(['--members', 'team.csv'], {
    readFile: async () => {
      throw new Error('the command must read bytes');
    },
    readBytes: async () => bytes,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    now: () => new Date('2026-01-15T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

const FILES: Record<string, Uint8Array> = {
  'quoted commas (UTF-8)': utf8('id,name,hobbies\nu1,Ada,"Hiking, chess"\nu2,Ben,chess;baking\n'),
  'Excel Unicode text (UTF-16, tabs)': utf16le(
    'id\tname\thobbies\r\nu1\tAda\tHiking, chess\r\nu2\tBen\tchess; baking\r\n',
  ),
  'a JSON array': utf8(
    '[{"id":"u1","name":"Ada","hobbies":["Hiking","chess"]},{"id":"u2","hobbies":["chess","baking"]}]',
  ),
};

describe('kindred match and the dashboard import read a file alike', () => {
  it.each(Object.entries(FILES))(
    'GIVEN %s THEN both see the same members and interests',
    async (_, bytes) => {
      const cli = await match(bytes);
      expect(cli.stderr).toBe('');
      const out = JSON.parse(cli.stdout) as {
        groups: Array<{ members: string[]; shared: { hobbies: string[] } }>;
      };
      // "Hiking, chess" is two interests, so Ada and Ben share chess.
      expect(out.groups).toMatchObject([{ members: ['u1', 'u2'], shared: { hobbies: ['chess'] } }]);

      const imported = prepareImport(bytes, 'team.csv');
      expect(imported).toMatchObject({
        ok: true,
        rows: [
          { userId: 'u1', hobbies: ['hiking', 'chess'].map(normaliseInterest) },
          { userId: 'u2', hobbies: ['chess', 'baking'].map(normaliseInterest) },
        ],
      });
    },
  );

  const BAD: Record<string, Uint8Array> = {
    'a Latin-1 file': latin1('id,name\nu1,Zoë\n'),
    'a JSON object': utf8('{"members":[]}'),
    'an empty file': new Uint8Array(),
    'a workbook': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]),
    '13 hobbies': utf8(`id,hobbies\nu1,"${Array.from({ length: 13 }, (_, i) => `h${i}`).join(', ')}"\n`),
    'a 3,000-character interest': utf8(`id,hobbies\nu1,${'a'.repeat(3000)}\n`),
    'a NUL in a name': utf8('id,name\nu1,A\u0000da\n'),
  };

  it.each(Object.entries(BAD))('GIVEN %s THEN both refuse it with the same message', async (_, bytes) => {
    const cli = await match(bytes);
    const imported = prepareImport(bytes, 'team.csv');
    expect(cli.code).toBe(2);
    expect(imported.ok).toBe(false);
    expect(cli.stderr).toBe(`kindred match: ${imported.ok ? '' : imported.message}\n`);
  });
});
