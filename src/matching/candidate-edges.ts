import { commonGround } from './common-ground.ts';
import { CommonGroundScan } from './common-ground-scan.ts';
import { EdgeSet } from './edge-set.ts';
import { pairFacts, repeatFactor } from './pair-factors.ts';
import { NEUTRAL_FACTS } from './pair-scorer.ts';
import { randomInt, type Rng } from './random.ts';
import { scorePair, type ScoreContext } from './score-pair.ts';
import { TopK } from './top-k.ts';

/** How wide the candidate search is; the defaults keep 100k members in seconds. */
export interface CandidateOptions {
  /** Best partners kept per member. */
  topK: number;
  /** Random partners per member who share at least one interest, outside the top k. */
  exploration: number;
  /** Holders of one interest scanned per member; more common interests are sampled. */
  scanCap: number;
}

export const DEFAULT_CANDIDATES: CandidateOptions = { topK: 20, exploration: 2, scanCap: 200 };

/**
 * A guess at what each member can expect from their best match (half the score of a pair
 * sharing only their most valuable interest), used like an LP dual price: ranking partners by score minus the
 * partner's price breaks the many near-ties among holders of a common interest in favour of
 * those with few other options, instead of everyone listing the same well-connected people.
 */
function potentials(ctx: ScoreContext): Float64Array {
  const { index } = ctx;
  return Float64Array.from(index.memberInterests, (mine) => {
    let best = 0;
    // An interest nobody else holds promises nothing.
    for (const id of mine) if (index.holderCount[id]! > 1) best = Math.max(best, index.interestValue[id]!);
    return best > 0 ? ctx.scorer.pairScore(best, NEUTRAL_FACTS) / 2 : 0;
  });
}

/**
 * Candidate pairs worth giving to the exact matcher, found through the inverted interest
 * index instead of comparing everyone with everyone: each member's best `topK` partners
 * by (estimated) score plus a few random partners who share something with them, so the
 * matcher has room to route around popular members. Excluded pairs never appear; scores
 * on the returned edges are exact.
 */
export function candidateEdges(ctx: ScoreContext, rng: Rng, options: CandidateOptions): EdgeSet {
  const { index, rules, weights, scorer } = ctx;
  const edges = new EdgeSet(index.size);
  const scan = new CommonGroundScan(index, rng, options.scanCap);
  const best = new TopK(options.topK);
  const price = potentials(ctx);

  for (let u = 0; u < index.size; u++) {
    const touched = scan.scan(u);
    best.clear();
    let threshold = -Infinity;
    for (let t = 0; t < touched; t++) {
      const v = scan.touched[t]!;
      const ground = scan.take(v);
      // The scorer's bound over every pair's facts skips hopeless pairs early.
      if (scorer.bound(ground) - price[v]! <= threshold) continue;
      // Time zones and industries are array reads; history and blocks are map lookups, so
      // they wait until the cheaper upper bound says the pair could make the list.
      const bound = scorer.pairScore(ground, pairFacts(index, u, v));
      if (bound - price[v]! <= threshold || rules.exclusion(u, v) !== null) continue;
      best.offer(v, bound * repeatFactor(rules.roundsAgo(u, v), rules.cooldown, weights) - price[v]!);
      if (best.size === options.topK) threshold = best.minScore;
    }
    for (let i = 0; i < best.size; i++) {
      const v = best.item(i);
      if (!edges.has(u, v)) edges.add(u, v, scorePair(ctx, u, v));
    }

    const mine = index.memberInterests[u]!;
    let added = 0;
    const tries = mine.length > 0 ? 3 * options.exploration : 0;
    for (let attempt = 0; attempt < tries && added < options.exploration; attempt++) {
      const holders = index.holders[mine[randomInt(rng, mine.length)]!]!;
      const v = holders[randomInt(rng, holders.length)]!;
      if (v === u || edges.has(u, v) || rules.exclusion(u, v) !== null) continue;
      // An interest whose learned weight fell to 0 is no common ground.
      if (commonGround(index, u, v) === 0) continue;
      edges.add(u, v, scorePair(ctx, u, v));
      added++;
    }
  }
  return edges;
}
