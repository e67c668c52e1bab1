import type { ScoreContext } from '../score-pair.ts';
import { TopK } from '../top-k.ts';
import { groupSizes } from './group-sizes.ts';
import { pairValues } from './pair-values.ts';

// Partners per member whose exact value is checked; everyone else is bounded by the
// smallest estimate among them.
const CHECKED = 24;

/**
 * An upper bound on the summed pair values of any grouping of the roster into
 * `groupSizes(n, size)`: a member in a group of s has s-1 partners, worth at most their
 * s-1 best allowed partners. Summing each member's best size-1 partners, plus for as many
 * members as sit in larger groups the largest next-best partner values, counts every pair
 * twice, so half of it bounds the optimum. Partners are found through the interest index
 * (every holder of every interest, no sampling); anyone sharing nothing is worth at most
 * the fallback score with the largest factor.
 */
export function groupUpperBound(ctx: ScoreContext, size: number): number {
  const { index, weights } = ctx;
  const n = index.size;
  const sizes = groupSizes(n, size);
  if (sizes.length === 0) return 0;
  const minSize = Math.min(...sizes);
  const larger = sizes.filter((s) => s > minSize).reduce((a, s) => a + s, 0);
  const need = Math.max(...sizes) - 1;
  const value = pairValues(ctx);
  const scale = (score: number): number => (ctx.concave ? Math.log1p(score) : score);
  const stranger = scale(weights.fallbackBase * (1 + Math.max(0, weights.differentIndustry)));
  const ground = new Float64Array(n);
  const touched: number[] = [];
  const top = new TopK(CHECKED);

  let base = 0;
  const extras: number[] = [];
  for (let u = 0; u < n; u++) {
    for (const id of index.memberInterests[u]!) {
      const w = index.interestValue[id]!;
      for (const v of index.holders[id]!) {
        if (v === u) continue;
        if (ground[v] === 0) touched.push(v);
        ground[v] = ground[v]! + w;
      }
    }
    top.clear();
    // Time zones and repeats only lower a score; industry raises it by at most this much.
    for (const v of touched) top.offer(v, ground[v]! * (1 + Math.max(0, weights.differentIndustry)));
    for (const v of touched) ground[v] = 0;
    touched.length = 0;

    const beyond = top.size === CHECKED ? scale(top.minScore) : -Infinity;
    const candidates = [stranger, stranger, ...Array.from({ length: need }, () => stranger)];
    for (let i = 0; i < top.size; i++) candidates.push(value(u, top.item(i)));
    for (let i = 0; i < need; i++) candidates.push(beyond);
    candidates.sort((a, b) => b - a);
    const best = candidates.slice(0, need).map((c) => Math.max(0, c));
    base += best.slice(0, minSize - 1).reduce((a, c) => a + c, 0);
    if (need > minSize - 1) extras.push(best.slice(minSize - 1).reduce((a, c) => a + c, 0));
  }
  extras.sort((a, b) => b - a);
  for (let i = 0; i < larger && i < extras.length; i++) base += extras[i]!;
  return base / 2;
}
