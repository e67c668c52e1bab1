import { candidateEdges, DEFAULT_CANDIDATES, type CandidateOptions } from './candidate-edges.ts';
import type { EdgeSet } from './edge-set.ts';
import { fallbackEdges } from './fallback-edges.ts';
import { maxWeightMatching } from './max-weight-matching.ts';
import { pricedEdges } from './priced-edges.ts';
import type { Rng } from './random.ts';
import { matchWeight, type ScoreContext } from './score-pair.ts';

export interface PairingOptions extends CandidateOptions {
  /** Fallback partners tried per member at risk of sitting out. */
  fallback: number;
  /** Pricing passes after the first solve, and pairs each may add per member. */
  pricingRounds: number;
  pricedPerMember: number;
}

export const DEFAULT_PAIRING: PairingOptions = {
  ...DEFAULT_CANDIDATES,
  fallback: 24,
  pricingRounds: 1,
  pricedPerMember: 5,
};

/**
 * Each member's partner index, or -1, for the exact matching over `edges`. Members in
 * `favoured` get a bonus on every edge so that, among matchings of the same size, one
 * that includes them wins: used to retry when the member left over could not join any group.
 */
export function solveMatching(
  ctx: ScoreContext,
  edges: EdgeSet,
  favoured: ReadonlySet<number> = new Set(),
): Int32Array {
  const weights = Array.from({ length: edges.length }, (_, i) =>
    matchWeight(ctx, edges.from[i]!, edges.to[i]!, edges.score[i]!),
  );
  // Ten of the heaviest edges outweigh any rerouting along a short alternating path.
  const bonus = 10 * weights.reduce((max, w) => Math.max(max, w), 0);
  const weighted = weights.map((w, i) => {
    const u = edges.from[i]!;
    const v = edges.to[i]!;
    return [u, v, w + (favoured.has(u) ? bonus : 0) + (favoured.has(v) ? bonus : 0)] as const;
  });
  // Maximum cardinality first: sitting out is worse than a weaker match.
  const mates = maxWeightMatching(weighted, true);
  return Int32Array.from({ length: ctx.index.size }, (_, i) => mates[i] ?? -1);
}

const unmatchedOf = (mates: Int32Array): number[] => Array.from(mates.keys()).filter((i) => mates[i] === -1);

/**
 * Pairs the roster: candidate edges with common ground, an exact maximum-cardinality,
 * maximum-weight matching over them, and fallback edges only for members who would
 * otherwise sit out (those without any candidate first, then whoever the matching left).
 */
export function pairMembers(
  ctx: ScoreContext,
  rng: Rng,
  options: PairingOptions,
): { mates: Int32Array; edges: EdgeSet } {
  const edges = candidateEdges(ctx, rng, options);
  const isolated = ctx.index.ids.map((_, u) => u).filter((u) => edges.degree(u) === 0);
  fallbackEdges(ctx, rng, isolated, edges, options.fallback);

  let mates = solveMatching(ctx, edges);
  for (let round = 0; round < options.pricingRounds; round++) {
    const perMember = options.pricedPerMember;
    if (pricedEdges(ctx, rng, edges, mates, { scanCap: options.scanCap, perMember }) === 0) break;
    mates = solveMatching(ctx, edges);
  }
  const left = unmatchedOf(mates);
  if (left.length >= 2 && fallbackEdges(ctx, rng, left, edges, options.fallback) > 0) {
    mates = solveMatching(ctx, edges);
  }
  return { mates, edges };
}
