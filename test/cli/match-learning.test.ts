import { describe, expect, it } from 'vitest';
import { runMatchCommand } from '../../src/cli/match-command.ts';

// Opera is rarer than chess among today's members, so rarity alone pairs a with c; the
// history's answers say chess bonds people and opera does not.
const TODAY = [
  { id: 'a', hobbies: ['chess', 'opera'] },
  { id: 'b', hobbies: ['chess'] },
  { id: 'c', hobbies: ['opera'] },
  { id: 'd', hobbies: [] },
  { id: 'e', hobbies: ['chess'] },
  { id: 'f', hobbies: ['chess'] },
];
const PAST = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, hobbies: [i < 20 ? 'chess' : 'opera'] }));

function history(answered: boolean) {
  return Array.from({ length: 20 }, (_, k) => {
    const pair = [`p${2 * k}`, `p${2 * k + 1}`];
    const answer = k < 10 ? 'genuine' : 'transactional';
    return {
      round: '2026-11-02',
      members: pair,
      ...(answered ? { feedback: Object.fromEntries(pair.map((id) => [id, answer])) } : {}),
    };
  });
}

async function partnerOfA(answered: boolean, seed: number): Promise<string> {
  let stdout = '';
  const files: Record<string, string> = {
    'members.json': JSON.stringify([...TODAY, ...PAST]),
    'history.json': JSON.stringify(history(answered)),
  };
  const code = await runMatchCommand(
    ['--members', 'members.json', '--history', 'history.json', '--seed', String(seed), '--format', 'json'],
    { readFile: async (p) => files[p]!, stdout: (s) => (stdout += s), stderr: () => {} },
  );
  expect(code).toBe(0);
  const groups = (JSON.parse(stdout) as { groups: { members: string[] }[] }).groups;
  return groups
    .find((g) => g.members.includes('a'))!
    .members.filter((m) => m !== 'a')
    .join(',');
}

describe('kindred match --history learns from the answers in the history file', () => {
  it('without answers, matches by rarity alone', async () => {
    expect(await partnerOfA(false, 1)).toBe('c');
  });

  it('with answers, follows what bonded people, whatever the seed', async () => {
    const hobbies = new Map([...TODAY, ...PAST].map((m) => [m.id, m.hobbies]));
    for (const seed of [1, 2, 3]) expect(hobbies.get(await partnerOfA(true, seed))).toEqual(['chess']);
  });
});
