import { groupSizes } from './group-sizes.ts';
import { FORBIDDEN, type PairValue } from './pair-values.ts';

/** The most members `exactGroups` accepts: its table has one entry per subset. */
export const EXACT_LIMIT = 18;

export interface ExactGrouping {
  /** The best summed pair value; -Infinity when no grouping keeps every rule. */
  value: number;
  groups: number[][];
}

const bits = (mask: number): number => {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
};

/**
 * The optimum grouping of members 0..count-1 into `groupSizes(count, size)`, by dynamic
 * programming over subsets: the lowest remaining member's group is chosen among every
 * subset of an allowed size, and the best grouping of each remainder is remembered. Only
 * for small rosters (tests and the benchmark's reference); groups with a forbidden pair
 * are never used.
 */
export function exactGroups(count: number, size: number, value: PairValue): ExactGrouping {
  if (count > EXACT_LIMIT)
    throw new Error(`exactGroups handles at most ${EXACT_LIMIT} members, got ${count}`);
  const best = new Map<number, { value: number; group: number }>();
  const sameSizes = (a: number[], b: number[]): boolean =>
    a.length === b.length && a.every((s, i) => s === b[i]);

  const solve = (mask: number): number => {
    if (mask === 0) return 0;
    const known = best.get(mask);
    if (known !== undefined) return known.value;
    const sizes = groupSizes(bits(mask), size);
    const low = mask & -mask;
    const rest: number[] = [];
    for (let u = 0; u < count; u++) if (mask & (1 << u) && 1 << u !== low) rest.push(u);
    const first = Math.log2(low);
    let top = -Infinity;
    let topGroup = 0;
    for (const s of new Set(sizes)) {
      const remaining = [...sizes];
      remaining.splice(remaining.indexOf(s), 1);
      if (!sameSizes(groupSizes(bits(mask) - s, size), remaining)) continue;
      const pick = (from: number, chosen: number[], sum: number): void => {
        if (chosen.length === s) {
          const group = chosen.reduce((m, u) => m | (1 << u), 0);
          const total = sum + solve(mask & ~group);
          if (total > top) [top, topGroup] = [total, group];
          return;
        }
        for (let i = from; i <= rest.length - (s - chosen.length); i++) {
          const v = rest[i]!;
          let add = 0;
          let allowed = true;
          for (const u of chosen) {
            const w = value(u, v);
            if (w <= FORBIDDEN) allowed = false;
            add += w;
          }
          if (allowed) pick(i + 1, [...chosen, v], sum + add);
        }
      };
      pick(0, [first], 0);
    }
    best.set(mask, { value: top, group: topGroup });
    return top;
  };

  const all = count === 0 ? 0 : (1 << count) - 1;
  const optimum = solve(all);
  const groups: number[][] = [];
  for (let mask = all; mask !== 0 && optimum > -Infinity;) {
    const { group } = best.get(mask)!;
    groups.push(Array.from({ length: count }, (_, u) => u).filter((u) => group & (1 << u)));
    mask &= ~group;
  }
  return { value: optimum, groups };
}
