import { scorePair, type ScoreContext } from '../score-pair.ts';

/**
 * What a pair inside a group is worth when the pair may not meet (block, never-again,
 * cooldown): far below any sum of real scores, so a search that trades one forbidden pair
 * for any number of allowed ones always takes the trade.
 */
export const FORBIDDEN = -1e6;

/** A pair's value in the grouping objective: its score (log(1 + score) when concave), or FORBIDDEN. */
export type PairValue = (u: number, v: number) => number;

// A dense memo up to this many members costs at most 32 MiB. Above it, a hash table of
// the pairs the search has looked at (it revisits the same few hundred per member), emptied
// when it fills up: a dense table at 10,000 members would take 800 MiB.
const DENSE_LIMIT = 2048;
const TABLE_BITS = 22;

function hashedMemo(n: number, compute: PairValue): PairValue {
  const capacity = 1 << TABLE_BITS;
  const mask = capacity - 1;
  const keys = new Float64Array(capacity).fill(-1);
  const values = new Float64Array(capacity);
  let used = 0;
  return (u, v) => {
    const key = u < v ? u * n + v : v * n + u;
    let slot = (Math.imul(u ^ v, 0x9e3779b1) ^ Math.imul(Math.min(u, v), 0x85ebca6b)) & mask;
    for (;;) {
      const k = keys[slot]!;
      if (k === key) return values[slot]!;
      if (k === -1) break;
      slot = (slot + 1) & mask;
    }
    const value = compute(u, v);
    if (used > capacity * 0.7) {
      keys.fill(-1);
      used = 0;
      slot = (Math.imul(u ^ v, 0x9e3779b1) ^ Math.imul(Math.min(u, v), 0x85ebca6b)) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    used++;
    return value;
  };
}

/** The pair values the group search maximises: the same scores the pairs use, hard rules as FORBIDDEN. */
export function pairValues(ctx: ScoreContext): PairValue {
  const compute = (u: number, v: number): number => {
    if (ctx.rules.exclusion(u, v) !== null) return FORBIDDEN;
    const score = scorePair(ctx, u, v);
    return ctx.concave ? Math.log1p(score) : score;
  };
  const n = ctx.index.size;
  if (n > DENSE_LIMIT) return hashedMemo(n, compute);
  const memo = new Float64Array(n * n).fill(Number.NaN);
  return (u, v) => {
    const key = u * n + v;
    let value = memo[key]!;
    if (Number.isNaN(value)) {
      value = compute(u, v);
      memo[key] = value;
      memo[v * n + u] = value;
    }
    return value;
  };
}

/** The objective of a grouping: the summed values of every pair inside every group. */
export function groupingValue(value: PairValue, groups: ReadonlyArray<ReadonlyArray<number>>): number {
  let total = 0;
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) total += value(group[i]!, group[j]!);
    }
  }
  return total;
}
