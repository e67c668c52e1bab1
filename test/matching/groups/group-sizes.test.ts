import { describe, expect, it } from 'vitest';
import { groupSizes } from '../../../src/matching/groups/group-sizes.ts';

describe('groupSizes', () => {
  it('makes groups of the size asked, one larger for each person of the remainder', () => {
    expect(groupSizes(12, 4)).toEqual([4, 4, 4]);
    expect(groupSizes(14, 4)).toEqual([5, 5, 4]);
    expect(groupSizes(11, 2)).toEqual([3, 2, 2, 2, 2]);
  });

  it('splits evenly into one more group when the remainder outnumbers the groups', () => {
    expect(groupSizes(7, 4)).toEqual([4, 3]);
    expect(groupSizes(17, 6)).toEqual([6, 6, 5]);
  });

  it('puts a roster no larger than one group into a single group, and one person into none', () => {
    expect(groupSizes(3, 8)).toEqual([3]);
    expect(groupSizes(1, 3)).toEqual([]);
    expect(groupSizes(0, 3)).toEqual([]);
  });

  it('always accounts for everyone with sizes of at most one apart', () => {
    for (let size = 2; size <= 8; size++) {
      for (let count = 2; count <= 120; count++) {
        const sizes = groupSizes(count, size);
        expect(sizes.reduce((a, s) => a + s, 0)).toBe(count);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(size + 1);
        if (count >= size * (size + 1)) expect(Math.min(...sizes)).toBe(size);
      }
    }
  });
});
