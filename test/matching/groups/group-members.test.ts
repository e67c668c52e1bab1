import { describe, expect, it } from 'vitest';
import { exactGroups } from '../../../src/matching/groups/exact-groups.ts';
import { groupUpperBound } from '../../../src/matching/groups/group-upper-bound.ts';
import { groupingValue, pairValues } from '../../../src/matching/groups/pair-values.ts';
import { buildMatchContext } from '../../../src/matching/match-context.ts';
import { matchMembers } from '../../../src/matching/match-members.ts';
import type { MatchMember, MatchResult } from '../../../src/matching/types.ts';
import { groupsOf, member } from '../roster.ts';
import { groupRoster } from './group-roster.ts';

function valueOf(members: MatchMember[], result: MatchResult): number {
  const { ctx } = buildMatchContext(members);
  return groupingValue(
    pairValues(ctx),
    result.groups.map((g) => g.members.map((id) => ctx.index.indexOf.get(id)!)),
  );
}

describe('matchMembers with a group size', () => {
  it('puts the holders of each rare hobby together', () => {
    const members = ['go', 'tango', 'birding'].flatMap((hobby, h) =>
      [0, 1, 2].map((i) => member(`${hobby}-${i}`, [hobby], { industry: `field ${(h + i) % 3}` })),
    );
    const groups = groupsOf(matchMembers(members.reverse(), { groupSize: 3, seed: 4 }));
    expect(groups.sort()).toEqual([
      ['birding-0', 'birding-1', 'birding-2'],
      ['go-0', 'go-1', 'go-2'],
      ['tango-0', 'tango-1', 'tango-2'],
    ]);
  });

  it('finds the optimum grouping of small rosters', () => {
    for (let seed = 1; seed <= 24; seed++) {
      const size = 3 + (seed % 3);
      const count = 6 + (seed % 7);
      const { members } = groupRoster(seed, count, false);
      const result = matchMembers(members, { groupSize: size, seed });
      const { ctx } = buildMatchContext(members);
      const optimum = exactGroups(count, size, pairValues(ctx));
      expect(valueOf(members, result)).toBeCloseTo(optimum.value, 9);
    }
  });

  it('never reports an upper bound below the optimum or the grouping found', () => {
    for (let seed = 30; seed < 42; seed++) {
      const size = 3 + (seed % 2);
      const { members } = groupRoster(seed, 12, false);
      const { ctx } = buildMatchContext(members);
      const bound = groupUpperBound(ctx, size);
      expect(bound).toBeGreaterThanOrEqual(exactGroups(12, size, pairValues(ctx)).value - 1e-9);
      expect(bound).toBeGreaterThanOrEqual(
        valueOf(members, matchMembers(members, { groupSize: size })) - 1e-9,
      );
    }
  });

  it('explains each group with what every member shares', () => {
    const members = [
      member('a', ['chess', 'jazz']),
      member('b', ['chess', 'jazz']),
      member('c', ['chess']),
      member('d', ['go']),
      member('e', ['go']),
      member('f', ['go', 'poetry']),
    ];
    const result = matchMembers(members, { groupSize: 3 });
    const chess = result.groups.find((g) => g.members.includes('a'))!;
    expect([...chess.members].sort()).toEqual(['a', 'b', 'c']);
    expect(chess.shared.hobbies[0]).toBe('chess');
    expect(chess.why).toMatch(/^All three of you love chess/);
  });

  it('leaves out, with a reason, only members nobody may meet', () => {
    const members = [
      member('a', ['go']),
      member('b', ['go']),
      member('c', ['go']),
      member('d', ['go'], { blocked: ['a', 'b', 'c'] }),
    ];
    const result = matchMembers(members, { groupSize: 3 });
    expect(groupsOf(result)).toEqual([['a', 'b', 'c']]);
    expect(result.unmatched.map((u) => [u.id, u.code])).toEqual([['d', 'match.blocked_everyone']]);
  });

  it('leaves out, with a reason, a member no group can take, preferring one who did not sit out last time', () => {
    const members = [
      member('a', ['go'], { priority: 1 }),
      member('b', ['go']),
      member('c', ['go']),
      member('d', ['go'], { blocked: ['a'] }),
    ];
    const result = matchMembers(members, { groupSize: 3 });
    expect(groupsOf(result)).toEqual([['a', 'b', 'c']]);
    expect(result.unmatched.map((u) => [u.id, u.code])).toEqual([['d', 'match.no_group_fits']]);
  });

  it('rejects a group size outside 2 to 8', () => {
    for (const groupSize of [1, 9, 2.5]) {
      expect(() => matchMembers([member('a'), member('b')], { groupSize })).toThrow(/group size/);
    }
  });
});
