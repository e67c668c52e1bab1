import { describe, expect, it } from 'vitest';
import { buildMatchContext } from '../../../src/matching/match-context.ts';
import { matchMembers } from '../../../src/matching/match-members.ts';
import type { MatchResult } from '../../../src/matching/types.ts';
import { groupRoster, type GroupRoster } from './group-roster.ts';

const EXPLAINED = [
  'match.alone',
  'match.blocked_everyone',
  'match.no_eligible_partner',
  'match.no_group_fits',
];

function checkRulesAndPlacement(
  { members, history }: GroupRoster,
  result: MatchResult,
  cooldown: number,
): void {
  const placed = [...result.groups.flatMap((g) => g.members), ...result.unmatched.map((u) => u.id)];
  expect([...placed].sort()).toEqual(members.map((m) => m.id).sort());
  const { ctx } = buildMatchContext(members, { history, cooldown });
  for (const group of result.groups) {
    const at = group.members.map((id) => ctx.index.indexOf.get(id)!);
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) expect(ctx.rules.exclusion(at[i]!, at[j]!)).toBeNull();
    }
  }
  for (const u of result.unmatched) expect(EXPLAINED).toContain(u.code);
}

describe('matchMembers with groups of 3 to 8 on random rosters', () => {
  it('gives everyone a group of N, some of N+1, when everyone may meet everyone', () => {
    for (let size = 3; size <= 8; size++) {
      for (const count of [size, size * size, size * (size + 1) + 1, 50 + size, 97]) {
        const roster = groupRoster(size * 1000 + count, count, false);
        const result = matchMembers(roster.members, { groupSize: size, seed: count });
        checkRulesAndPlacement(roster, result, 6);
        expect(result.unmatched).toEqual([]);
        const sizes = result.groups.map((g) => g.members.length);
        if (count >= size * (size - 1)) {
          expect(Math.min(...sizes)).toBe(size);
          expect(Math.max(...sizes)).toBeLessThanOrEqual(size + 1);
          expect(sizes.filter((s) => s === size + 1).length).toBe(count % size);
        }
      }
    }
  });

  it('keeps blocks, never-again and the cooldown for every pair in every group', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const roster = groupRoster(seed, 10 + ((seed * 7) % 50), true);
      const size = 3 + (seed % 6);
      const cooldown = seed % 4;
      const neverAgain = [[roster.members[0]!.id, roster.members[1]!.id] as const];
      const result = matchMembers(roster.members, {
        history: roster.history,
        groupSize: size,
        seed,
        cooldown,
        neverAgain,
      });
      checkRulesAndPlacement(roster, result, cooldown);
      const first = result.groups.find((g) => g.members.includes(roster.members[0]!.id));
      expect(first?.members ?? []).not.toContain(roster.members[1]!.id);
      for (const group of result.groups) expect(group.members.length).toBeLessThanOrEqual(size + 1);
    }
  });

  it('is deterministic for a seed', () => {
    for (let seed = 50; seed < 56; seed++) {
      const roster = groupRoster(seed, 40, true);
      const run = (): MatchResult =>
        matchMembers(roster.members, { history: roster.history, groupSize: 4, seed });
      expect(run()).toEqual(run());
    }
  });
});
