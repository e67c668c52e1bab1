import { describe, expect, it } from 'vitest';
import { syntheticHistory, syntheticMembers } from '../../bench/synthetic-community.ts';
import { matchMembers } from '../../src/matching/match-members.ts';

describe('matchMembers at community scale', () => {
  it('matches a synthetic community of 2,000 members with 6 rounds of history in a few seconds', () => {
    const members = syntheticMembers({ members: 2000, seed: 3 });
    const history = syntheticHistory(members, 6, 4);
    const start = performance.now();
    const result = matchMembers(members, { history, seed: 1 });
    const seconds = (performance.now() - start) / 1000;

    const placed = result.groups.reduce((n, g) => n + g.members.length, 0) + result.unmatched.length;
    expect(placed).toBe(2000);
    expect(result.unmatched).toEqual([]);
    expect(result.groups.filter((g) => g.members.length === 3)).toHaveLength(0);
    // Generous for a loaded CI machine; it takes well under a second on a laptop.
    expect(seconds).toBeLessThan(10);
  });
});
