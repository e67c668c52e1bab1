import type { ScoreContext } from '../score-pair.ts';
import { TopK } from '../top-k.ts';
import { groupSizes } from './group-sizes.ts';
import { FORBIDDEN, pairValues } from './pair-values.ts';

// Partners per member whose exact value is looked at; everyone else is bounded by the
// smallest estimate among them.
const CHECKED = 32;
// Subgradient steps that tighten the bound; each costs one pass over the kept pairs.
const STEPS = 60;

interface Partners {
  /** Kept pairs: endpoints and exact values, each pair once. */
  from: number[];
  to: number[];
  value: number[];
  /** Each member's kept pairs, by pair index. */
  pairsOf: number[][];
  /** A value no pair outside a member's kept pairs exceeds. */
  beyond: Float64Array;
}

/**
 * Each member's most promising partners, found through the interest index (every holder of
 * every interest, no sampling), with exact values; anyone sharing nothing is worth at most
 * the fallback score with the largest factor.
 */
function partners(ctx: ScoreContext): Partners {
  const { index, weights } = ctx;
  const n = index.size;
  const value = pairValues(ctx);
  const scale = (score: number): number => (ctx.concave ? Math.log1p(score) : score);
  const lift = 1 + Math.max(0, weights.differentIndustry);
  const stranger = scale(weights.fallbackBase * lift);
  const ground = new Float64Array(n);
  const touched: number[] = [];
  const top = new TopK(CHECKED);
  const seen = new Map<number, number>();
  const out: Partners = {
    from: [],
    to: [],
    value: [],
    pairsOf: Array.from({ length: n }, () => []),
    beyond: new Float64Array(n),
  };
  for (let u = 0; u < n; u++) {
    for (const id of index.memberInterests[u]!) {
      const w = index.interestValue[id]!;
      if (w <= 0) continue;
      for (const v of index.holders[id]!) {
        if (v === u) continue;
        if (ground[v] === 0) touched.push(v);
        ground[v] = ground[v]! + w;
      }
    }
    top.clear();
    // Time zones and repeats only lower a score; a different industry lifts it by at most `lift`.
    for (const v of touched) top.offer(v, ground[v]! * lift);
    for (const v of touched) ground[v] = 0;
    touched.length = 0;
    out.beyond[u] = Math.max(stranger, top.size === CHECKED ? scale(top.minScore) : -Infinity);
    for (let i = 0; i < top.size; i++) {
      const v = top.item(i);
      const key = Math.min(u, v) * n + Math.max(u, v);
      if (seen.has(key)) continue;
      const w = value(u, v);
      if (w <= FORBIDDEN) continue;
      seen.set(key, out.value.length);
      out.pairsOf[u]!.push(out.value.length);
      out.pairsOf[v]!.push(out.value.length);
      out.from.push(u);
      out.to.push(v);
      out.value.push(w);
    }
  }
  return out;
}

/**
 * An upper bound on the summed pair values of any grouping of the roster into
 * `groupSizes(n, size)`. Each member in a group of s has s-1 partners; pretending every
 * member picks their own s-1 best partners (half of each pair's value on each side) and
 * letting the members with the best extra partner sit in the larger groups gives a bound.
 * It is tightened by Lagrangian relaxation of "u picks v exactly when v picks u": a price
 * per pair moves value from the side that wants it to the side that does not, by
 * subgradient steps, and the lowest bound seen is returned. Every price gives a valid bound.
 */
export function groupUpperBound(ctx: ScoreContext, size: number): number {
  const n = ctx.index.size;
  const sizes = groupSizes(n, size);
  if (sizes.length === 0) return 0;
  const minSize = Math.min(...sizes);
  const larger = sizes.filter((s) => s > minSize).reduce((a, s) => a + s, 0);
  const need = Math.max(...sizes) - 1;
  const base = minSize - 1;
  const kept = partners(ctx);
  const pairs = kept.value.length;
  const price = new Float64Array(pairs);
  // Picks per side: bit 1 when `from` picks the pair, bit 2 when `to` does.
  const picked = new Uint8Array(pairs);
  const extraPick = new Int32Array(n);
  const extraGain = new Float64Array(n);
  let best = Infinity;
  let step = 0;

  for (let t = 0; t <= STEPS; t++) {
    picked.fill(0);
    let bound = 0;
    for (let u = 0; u < n; u++) {
      const options = kept.pairsOf[u]!.map((p) => ({
        p,
        w: kept.value[p]! / 2 + (kept.from[p] === u ? price[p]! : -price[p]!),
      }));
      for (let i = 0; i < need; i++) options.push({ p: -1, w: kept.beyond[u]! / 2 });
      options.sort((a, b) => b.w - a.w);
      for (let i = 0; i < base; i++) {
        bound += Math.max(0, options[i]!.w);
        const p = options[i]!.p;
        if (p >= 0 && options[i]!.w > 0) picked[p]! |= kept.from[p] === u ? 1 : 2;
      }
      extraPick[u] = need > base ? options[base]!.p : -1;
      extraGain[u] = need > base ? Math.max(0, options[base]!.w) : 0;
    }
    const order = Array.from({ length: n }, (_, u) => u).sort((a, b) => extraGain[b]! - extraGain[a]!);
    for (let i = 0; i < larger && i < n; i++) {
      const u = order[i]!;
      bound += extraGain[u]!;
      const p = extraPick[u]!;
      if (p >= 0 && extraGain[u]! > 0) picked[p]! |= kept.from[p] === u ? 1 : 2;
    }
    best = Math.min(best, bound);

    let norm = 0;
    for (let p = 0; p < pairs; p++) {
      const g = (picked[p]! & 1) - ((picked[p]! & 2) >> 1);
      norm += g * g;
    }
    if (norm === 0) break;
    // Polyak-like step toward a bound 5% lower, shrinking as the steps go on.
    if (t === 0) step = (0.1 * bound) / norm;
    else step *= 0.95;
    for (let p = 0; p < pairs; p++) {
      const g = (picked[p]! & 1) - ((picked[p]! & 2) >> 1);
      price[p] = price[p]! - step * g;
    }
  }
  return best;
}
