/**
 * Maximum weight matching in general graphs, in O(n·m·log n): Edmonds' primal-dual blossom
 * method with heap-driven dual updates (see blossom/solver.ts), a greedy warm start, and an
 * independent linear-time check of the optimality certificate (see blossom/dual-check.ts).
 *
 * Maximum cardinality is handled by adding a bonus larger than (pairs - 1) times the weight
 * range to every edge, which is exact in the scaled integers. Unlike the alternative of
 * keeping exposed vertices' duals from reaching zero (van Rantwijk's variant), the result is
 * an ordinary maximum-weight instance, so the same dual certificate also proves the
 * cardinality is maximum.
 */
import { checkCertificate, type DualCertificate } from './blossom/dual-check.ts';
import { normalizeGraph } from './blossom/normalize.ts';
import { solveMaxWeight, type SolverStats } from './blossom/solver.ts';

export type { SolverStats } from './blossom/solver.ts';
export type { DualCertificate } from './blossom/dual-check.ts';

/** Edge list input: [vertex, vertex, weight]. */
export type WeightedEdges = ReadonlyArray<readonly [number, number, number]>;

/** A matching together with the dual solution that proves it optimal. */
export interface MatchingSolution {
  /** Each vertex's partner, or -1. */
  mate: number[];
  /**
   * Duals for the integer problem actually solved: input weights times `scale`, rounded,
   * and for maximum cardinality shifted to positive values plus a cardinality bonus.
   */
  certificate: DualCertificate;
  /** Multiplier applied to the input weights before rounding to integers. */
  scale: number;
  stats: SolverStats;
}

/** Knobs for tests and benchmarks; the defaults are what `maxWeightMatching` uses. */
export interface MatchingOptions {
  /** Start from a greedy matching with per-vertex duals (default true). */
  warmStart?: boolean;
}

/**
 * Maximum weight matching of an undirected graph given as `[u, v, weight]` edges.
 *
 * Vertices are `0..n-1` with `n = 1 +` the largest id in `edges`; the result holds each
 * vertex's partner or -1. With `maxCardinality`, the matching has maximum total weight among
 * the matchings of maximum size. Self-loops are ignored; of parallel edges the heaviest
 * counts. Integer weights are exact up to 2^44 in magnitude (with `maxCardinality`: while
 * the largest magnitude times n stays below that); other finite weights are scaled by a power of
 * two and rounded to integers, a relative resolution of about 2^-44 (divided by n/2 with
 * `maxCardinality`).
 *
 * @throws TypeError for a non-finite weight or a vertex id that is not a non-negative integer.
 * @throws RangeError for a vertex id or an edge count of 2^28 or more.
 */
export function maxWeightMatching(edges: WeightedEdges, maxCardinality = false): number[] {
  return maxWeightMatchingWithCertificate(edges, maxCardinality).mate;
}

/**
 * Same as {@link maxWeightMatching}, also returning the dual certificate and solver
 * statistics; pass the result to {@link verifyOptimum} to check it.
 */
export function maxWeightMatchingWithCertificate(
  edges: WeightedEdges,
  maxCardinality = false,
  options: MatchingOptions = {},
): MatchingSolution {
  const graph = normalizeGraph(edges, maxCardinality);
  const result = solveMaxWeight(graph, { warmStart: options.warmStart ?? true });
  const mate = Array.from(result.mate);
  return {
    mate,
    certificate: {
      vertexDual: result.vertexDual,
      blossomParent: result.blossomParent,
      blossomDual: result.blossomDual,
    },
    scale: graph.scale,
    stats: result.stats,
  };
}

/**
 * Checks in O(m·α(n)) that `solution` is optimal for `edges`: dual feasibility, complementary
 * slackness, non-negative and full blossoms, and (with `maxCardinality`) a cardinality bonus
 * large enough that optimality implies maximum cardinality. The integer problem is rebuilt
 * from `edges`, so nothing from the solver is trusted but the mate and the duals.
 *
 * @throws Error naming the first violated condition.
 */
export function verifyOptimum(
  edges: WeightedEdges,
  maxCardinality: boolean,
  solution: Pick<MatchingSolution, 'mate' | 'certificate'>,
): void {
  checkCertificate(normalizeGraph(edges, maxCardinality), solution.mate, solution.certificate);
}
