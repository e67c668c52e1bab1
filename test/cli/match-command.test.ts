import { describe, expect, it } from 'vitest';
import { runMatchCommand } from '../../src/cli/match-command.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], files: Record<string, string>): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runMatchCommand(args, {
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    now: () => new Date('2026-01-15T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

const MEMBERS_JSON = JSON.stringify([
  {
    id: 'u1',
    name: 'Ada',
    hobbies: ['hiking', 'chess'],
    volunteer: ['food bank'],
    industry: 'finance',
    timezone: 'Europe/London',
    blocked: ['u7'],
  },
  { id: 'u2', name: 'Ben', hobbies: ['Hikes'], volunteer: [], industry: 'health', timezone: 'Europe/Paris' },
  { id: 'u3', hobbies: ['chess'], volunteer: ['Foodbanks'] },
  { id: 'u4', hobbies: ['bouldering'] },
  { id: 'u5', hobbies: ['bouldering'] },
  { id: 'u7', hobbies: ['chess'] },
]);

const MEMBERS_CSV = [
  'id,name,hobbies,volunteer,industry,timezone,blocked',
  'u1,Ada,hiking;chess,food bank,finance,Europe/London,u7',
  'u2,"Ben, Jr",Hikes,,health,Europe/Paris,',
  'u3,,chess,Foodbanks,,,',
  'u4,,bouldering,,,,',
  'u5,,bouldering,,,,',
  'u7,,chess,,,,',
].join('\n');

const expectOneError = (result: Run, message: string) => {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`kindred match: ${message}\n`);
};

describe('kindred match', () => {
  it('prints groups as JSON in the contract’s shape', async () => {
    const result = await run(['--members', 'members.json'], { 'members.json': MEMBERS_JSON });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out)).toEqual(['groups', 'unmatched']);
    expect(out.unmatched).toEqual([]);
    expect(out.groups).toHaveLength(3);
    for (const group of out.groups) {
      expect(Object.keys(group)).toEqual(['members', 'score', 'shared', 'icebreaker', 'why']);
      expect(Object.keys(group.shared)).toEqual(['hobbies', 'volunteer']);
      expect(typeof group.score).toBe('number');
      expect(typeof group.icebreaker).toBe('string');
    }
    const pairs = out.groups.map((g: { members: string[] }) => [...g.members].sort());
    expect(pairs).toContainEqual(['u4', 'u5']);
    expect(pairs).not.toContainEqual(['u1', 'u7']);
  });

  it('reads the same roster from CSV with quoted fields and ;-separated lists', async () => {
    const json = await run(['--members', 'm.json', '--seed', '4'], { 'm.json': MEMBERS_JSON });
    const csv = await run(['--members', 'm.csv', '--seed', '4'], { 'm.csv': MEMBERS_CSV });
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe(json.stdout);
  });

  it('prints readable text with names, the reason and the icebreaker', async () => {
    const result = await run(['--members', 'm.csv', '--format', 'text'], { 'm.csv': MEMBERS_CSV });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^3 groups for 6 members, 0 unmatched\n/);
    expect(result.stdout).toContain('Ben, Jr (u2)');
    expect(result.stdout).toMatch(/You both love bouldering/);
    expect(result.stdout).toMatch(/Icebreaker: /);
  });

  it('keeps last rounds’ pairs apart unless --cooldown says otherwise', async () => {
    const members = JSON.stringify([
      { id: 'a', hobbies: ['bouldering'] },
      { id: 'b', hobbies: ['bouldering'] },
    ]);
    const history = JSON.stringify([
      { round: '2026-11-02', members: ['a', 'b'], feedback: { a: 'genuine' } },
    ]);
    const files = { 'm.json': members, 'h.json': history };
    const kept = JSON.parse((await run(['--members', 'm.json', '--history', 'h.json'], files)).stdout);
    expect(kept.groups).toEqual([]);
    expect(kept.unmatched.map((u: { id: string; reason: string }) => u.id)).toEqual(['a', 'b']);
    expect(kept.unmatched[0].reason).toMatch(/within the last 6 rounds/);
    const again = JSON.parse(
      (await run(['--members=m.json', '--history=h.json', '--cooldown=0'], files)).stdout,
    );
    expect(again.groups[0].members).toEqual(['a', 'b']);
  });

  it('groups by --group-size, in JSON and in text', async () => {
    const members = JSON.stringify(
      ['go', 'tango', 'birding'].flatMap((hobby) =>
        [1, 2, 3].map((i) => ({ id: `${hobby}${i}`, hobbies: [hobby] })),
      ),
    );
    const files = { 'm.json': members };
    const json = JSON.parse((await run(['--members', 'm.json', '--group-size', '3'], files)).stdout);
    expect(json.groups.map((g: { members: string[] }) => g.members)).toEqual([
      ['go1', 'go2', 'go3'],
      ['tango1', 'tango2', 'tango3'],
      ['birding1', 'birding2', 'birding3'],
    ]);
    expect(json.groups[0].shared.hobbies).toEqual(['go']);
    expect(json.unmatched).toEqual([]);
    const text = (await run(['--members', 'm.json', '--group-size=3', '--format', 'text'], files)).stdout;
    expect(text).toMatch(/^3 groups for 9 members/);
    expect(text).toContain('1. go1 + go2 + go3');
    expect(text).toMatch(/All three of you love go/);
  });

  it('gives the same output for the same seed', async () => {
    const files = { 'm.json': MEMBERS_JSON };
    expect((await run(['--members', 'm.json', '--seed', '9'], files)).stdout).toBe(
      (await run(['--members', 'm.json', '--seed', '9'], files)).stdout,
    );
  });

  it('prints usage for --help', async () => {
    const result = await run(['--help'], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: kindred match --members FILE/);
  });

  it('documents the columns, the list separators, an example and the README section under --help', async () => {
    const { stdout } = await run(['--help'], {});
    for (const column of [
      'id',
      'name',
      'hobbies',
      'volunteer',
      'industry',
      'timezone',
      'blocked',
      'priority',
    ])
      expect(stdout).toMatch(new RegExp(`^  ${column} `, 'm'));
    expect(stdout).toContain('separate entries with ";" or ","');
    expect(stdout).toContain('README.md, section "Roster files"');
    const example = /Example members\.csv:\n((?:  .*\n)+)/.exec(stdout)?.[1]?.replace(/^  /gm, '');
    const matched = await run(['--members', 'example.csv'], { 'example.csv': example ?? '' });
    expect(matched.stderr).toBe('');
    expect(JSON.parse(matched.stdout).groups.length).toBeGreaterThan(0);
  });

  describe('reports bad input in one message and exits with 2', () => {
    it('names an unknown CSV column', async () => {
      const result = await run(['--members', 'm.csv'], { 'm.csv': 'id,hobby\nu1,chess\n' });
      expectOneError(
        result,
        'm.csv line 1: unknown column "hobby" (columns: id, name, hobbies, volunteer, industry, timezone, blocked, priority)',
      );
    });

    it('names the CSV line of a duplicate id and where it was first seen', async () => {
      const result = await run(['--members', 'm.csv'], { 'm.csv': 'id,hobbies\nu1,chess\nu2,go\nu1,yoga\n' });
      expectOneError(result, 'm.csv line 4: duplicate id "u1" (first on line 2)');
    });

    it('names the JSON entry of a duplicate id', async () => {
      const result = await run(['--members', 'm.json'], { 'm.json': '[{"id":"a"},{"id":"b"},{"id":"a"}]' });
      expectOneError(result, 'm.json entry [2]: duplicate id "a" (first at entry [0])');
    });

    it('names the JSON entry and field of an unknown or mistyped field', async () => {
      expectOneError(
        await run(['--members', 'm.json'], { 'm.json': '[{"id":"a"},{"id":"b","hobby":["x"]}]' }),
        'm.json entry [1] (id "b"): unknown field "hobby"',
      );
      expectOneError(
        await run(['--members', 'm.json'], { 'm.json': '[{"id":"a","hobbies":["x",3]}]' }),
        'm.json entry [0] (id "a"): hobbies[1]: each hobby must be a string',
      );
      expectOneError(
        await run(['--members', 'm.json'], { 'm.json': '[{"name":"Ada"}]' }),
        'm.json entry [0]: id: id must be a string',
      );
    });

    it('names the line of an invalid time zone in CSV', async () => {
      const result = await run(['--members', 'm.csv'], {
        'm.csv': 'id,timezone\nu1,Europe/London\nu2,Mars/Base\n',
      });
      expectOneError(
        result,
        'm.csv line 3: timezone: timezone is not an IANA time zone (for example "Europe/London")',
      );
    });

    it('names the line and column of malformed JSON', async () => {
      const result = await run(['--members', 'm.json'], { 'm.json': '[{"id":"a"},\n{"id":"b",}]' });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^kindred match: m\.json: not valid JSON at line 2, column \d+/);
    });

    it('names the line of malformed CSV', async () => {
      expectOneError(
        await run(['--members', 'm.csv'], { 'm.csv': 'id,hobbies\nu1,chess\nu2,"go\n' }),
        'm.csv line 3: a quoted field is never closed',
      );
      expectOneError(
        await run(['--members', 'm.csv'], { 'm.csv': 'id,hobbies\nu1,chess,extra\n' }),
        'm.csv line 2: expected 2 fields like the header, found 3',
      );
    });

    it('names the history entry that mentions someone not in the roster', async () => {
      const history = JSON.stringify([
        { round: 'r1', members: ['u1', 'u2'] },
        { round: 'r2', members: ['u1', 'u99'] },
      ]);
      const result = await run(['--members', 'm.json', '--history', 'h.json'], {
        'm.json': MEMBERS_JSON,
        'h.json': history,
      });
      expectOneError(result, 'h.json entry [1]: member "u99" is not in the members file');
    });

    it('names the history entry with bad feedback', async () => {
      const history = JSON.stringify([{ round: 'r1', members: ['u1', 'u2'], feedback: { u1: 'great' } }]);
      const result = await run(['--members', 'm.json', '--history', 'h.json'], {
        'm.json': MEMBERS_JSON,
        'h.json': history,
      });
      expectOneError(
        result,
        'h.json entry [0]: feedback.u1: feedback must be genuine, transactional or no_show',
      );
    });

    it('says which file cannot be read', async () => {
      const result = await run(['--members', 'missing.csv'], {});
      expectOneError(
        result,
        `cannot read members file "missing.csv": ENOENT: no such file or directory, open 'missing.csv'`,
      );
    });

    it('explains bad arguments with the usage line', async () => {
      const usage =
        'usage: kindred match --members FILE [--history FILE] [--seed N] [--cooldown N] [--group-size N] [--format json|text]';
      expectOneError(await run([], {}), `--members FILE is required\n${usage}`);
      expectOneError(
        await run(['--members', 'm.json', '--format', 'xml'], {}),
        `--format must be json or text, got "xml"\n${usage}`,
      );
      expectOneError(
        await run(['--members', 'm.json', '--seed', 'abc'], {}),
        `--seed needs a whole number, got "abc"\n${usage}`,
      );
      expectOneError(
        await run(['--members', 'm.json', '--cooldown', '-1'], {}),
        `--cooldown needs a whole number of 0 or more, got "-1"\n${usage}`,
      );
      expectOneError(
        await run(['--members', 'm.json', '--verbose'], {}),
        `unknown argument "--verbose"\n${usage}`,
      );
      expectOneError(await run(['--members'], {}), `--members needs a value\n${usage}`);
      for (const size of ['1', '9', '3.5', 'four']) {
        expectOneError(
          await run(['--members', 'm.json', '--group-size', size], {}),
          `--group-size needs a whole number from 2 to 8, got "${size}"\n${usage}`,
        );
      }
    });
  });
});

describe('kindred match: what a group shares', () => {
  const TRIO = JSON.stringify([
    { id: 'a', name: 'Ada', hobbies: ['Movies', 'jazz', 'Sourdough'] },
    { id: 'b', name: 'Ben', hobbies: ['movies', 'Jazz', 'sourdough'] },
    { id: 'c', name: 'Cy', hobbies: ['movie', 'pottery'] },
  ]);

  it('lists in `shared` only what every member holds, as written, and the rest in `sharedBy`', async () => {
    const result = await run(['--members', 'm.json', '--format', 'json'], { 'm.json': TRIO });
    expect(result.code).toBe(0);
    const [group] = JSON.parse(result.stdout).groups;
    expect(group.members).toEqual(['a', 'b', 'c']);
    expect(group.shared).toEqual({ hobbies: ['movies'], volunteer: [] });
    expect(group.sharedBy).toEqual([
      { interest: 'jazz', kind: 'hobby', members: ['a', 'b'] },
      { interest: 'sourdough', kind: 'hobby', members: ['a', 'b'] },
    ]);
    expect(group.why).toBe(
      'All three of you love movies. Ada and Ben also share jazz and sourdough. ' +
        'There was an odd number of people this round, so you are three rather than two.',
    );
  });

  it('leaves `sharedBy` out when every shared interest is held by all', async () => {
    const pair = JSON.stringify([
      { id: 'a', hobbies: ['chess'] },
      { id: 'b', hobbies: ['Chess'] },
    ]);
    const [group] = JSON.parse(
      (await run(['--members', 'm.json', '--format', 'json'], { 'm.json': pair })).stdout,
    ).groups;
    expect(group.shared).toEqual({ hobbies: ['chess'], volunteer: [] });
    expect(group).not.toHaveProperty('sharedBy');
  });

  it('names members in the text output instead of showing tokens', async () => {
    const result = await run(['--members', 'm.json', '--format', 'text'], { 'm.json': TRIO });
    expect(result.stdout).toContain('Ada and Ben also share jazz and sourdough.');
    expect(result.stdout).toContain('Shared by some: jazz (Ada (a), Ben (b)); sourdough (Ada (a), Ben (b))');
    expect(result.stdout).not.toContain('{@');
  });
});
