import { CommonGroundScan } from './common-ground-scan.ts';
import type { EdgeSet } from './edge-set.ts';
import type { Rng } from './random.ts';
import { matchWeight, scoreFromGround, scorePair, type ScoreContext } from './score-pair.ts';
import { TopK } from './top-k.ts';

/**
 * A pricing pass over a solved matching, as in column generation: each member's partner
 * sets a price (half the weight of their current pair), and the pairs left out of the
 * candidate graph that pay more than both prices are the ones that could still improve the
 * matching. Popular members are expensive, so this finds the partners a plain top-k list
 * misses when everyone's favourite is the same few people. Adds up to `perMember` such
 * pairs per member and returns how many were added.
 */
export function pricedEdges(
  ctx: ScoreContext,
  rng: Rng,
  edges: EdgeSet,
  mates: Int32Array,
  options: { scanCap: number; perMember: number },
): number {
  const { index, rules } = ctx;
  const before = edges.length;
  const price = Float64Array.from(mates, (v, u) =>
    v === -1 ? 0 : matchWeight(ctx, u, v, scorePair(ctx, u, v)) / 2,
  );
  const scan = new CommonGroundScan(index, rng, options.scanCap);
  const best = new TopK(options.perMember);

  for (let u = 0; u < index.size; u++) {
    const touched = scan.scan(u);
    best.clear();
    for (let t = 0; t < touched; t++) {
      const v = scan.touched[t]!;
      const ground = scan.take(v);
      if (v === mates[u] || rules.exclusion(u, v) !== null) continue;
      const gain = matchWeight(ctx, u, v, scoreFromGround(ctx, u, v, ground)) - price[u]! - price[v]!;
      if (gain > 0) best.offer(v, gain);
    }
    for (let i = 0; i < best.size; i++) {
      const v = best.item(i);
      if (!edges.has(u, v)) edges.add(u, v, scorePair(ctx, u, v));
    }
  }
  return edges.length - before;
}
