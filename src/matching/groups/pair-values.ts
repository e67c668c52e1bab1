import { scorePair, type ScoreContext } from '../score-pair.ts';

/**
 * What a pair inside a group is worth when the pair may not meet (block, never-again,
 * cooldown): far below any sum of real scores, so a search that trades one forbidden pair
 * for any number of allowed ones always takes the trade.
 */
export const FORBIDDEN = -1e6;

/** A pair's value in the grouping objective: its score (log(1 + score) when concave), or FORBIDDEN. */
export type PairValue = (u: number, v: number) => number;

// A dense memo up to this many members costs at most 32 MiB; above it, pairs are
// recomputed, which is cheap next to what a dense table would cost at 10,000 members.
const DENSE_LIMIT = 2048;

/** The pair values the group search maximises: the same scores the pairs use, hard rules as FORBIDDEN. */
export function pairValues(ctx: ScoreContext): PairValue {
  const compute = (u: number, v: number): number => {
    if (ctx.rules.exclusion(u, v) !== null) return FORBIDDEN;
    const score = scorePair(ctx, u, v);
    return ctx.concave ? Math.log1p(score) : score;
  };
  const n = ctx.index.size;
  if (n > DENSE_LIMIT) return compute;
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
