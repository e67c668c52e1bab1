/**
 * Initial primal-dual solutions. Both keep every vertex dual even (in the solver's units of
 * four times the LP value), which the solver relies on to keep delta3 integral.
 */

export interface StartGraph {
  readonly n: number;
  readonly adjStart: Int32Array;
  /** Remote endpoint (edge endpoint number) per adjacency slot. */
  readonly adjP: Int32Array;
  /** Neighbour per adjacency slot. */
  readonly adjV: Int32Array;
  /** Four times the edge weight per adjacency slot. */
  readonly adjW: Float64Array;
}

/** The textbook start: empty matching, every vertex dual at the largest edge weight. */
export function uniformStart(g: StartGraph, dual: Float64Array): number {
  let top = 0;
  for (let k = 0; k < g.adjW.length; k++) top = Math.max(top, g.adjW[k]!);
  for (let v = 0; v < g.n; v++) dual[v] = g.adjStart[v + 1]! > g.adjStart[v]! ? top / 2 : 0;
  return 0;
}

/**
 * A feasible start that leaves far fewer exposed vertices than the empty matching:
 *
 * 1. each vertex's dual is its heaviest incident weight, so every edge is covered;
 * 2. edges that are the heaviest at both ends are tight and matched greedily;
 * 3. each vertex still exposed lowers its dual as far as feasibility allows (to its best
 *    `4w - u_other`, or zero), which makes at least one of its edges tight; if that edge
 *    leads to another exposed vertex the two are matched;
 * 4. augmenting paths of three tight edges (exposed - matched pair - exposed) are flipped.
 *
 * Matched edges are tight and exposed vertices keep the largest dual any of them had
 * before, so the solver starts from a valid primal-dual pair. Returns the pairs matched.
 */
export function warmStart(g: StartGraph, dual: Float64Array, mateP: Int32Array): number {
  // One pass per function: each loop gets compiled on its own (see normalize.ts).
  heaviestIncident(g, dual);
  let pairs = matchTight(g, dual, mateP);
  pairs += lowerExposed(g, dual, mateP);
  pairs += flipShortPaths(g, dual, mateP);
  return pairs;
}

function heaviestIncident(g: StartGraph, dual: Float64Array): void {
  const { n, adjStart, adjW } = g;
  for (let v = 0; v < n; v++) {
    let best = 0;
    for (let k = adjStart[v]!; k < adjStart[v + 1]!; k++) best = Math.max(best, adjW[k]!);
    dual[v] = best / 2;
  }
}

/** Matches exposed vertex v to the first exposed neighbour across a tight edge, if any. */
function matchTightFrom(
  g: StartGraph,
  v: number,
  dv: number,
  dual: Float64Array,
  mateP: Int32Array,
): boolean {
  const { adjStart, adjP, adjV, adjW } = g;
  for (let k = adjStart[v]!; k < adjStart[v + 1]!; k++) {
    const w = adjV[k]!;
    if (mateP[w] === -1 && dv + dual[w]! === adjW[k]!) {
      mateP[v] = adjP[k]!;
      mateP[w] = adjP[k]! ^ 1;
      return true;
    }
  }
  return false;
}

function matchTight(g: StartGraph, dual: Float64Array, mateP: Int32Array): number {
  let pairs = 0;
  for (let v = 0; v < g.n; v++) {
    if (mateP[v] === -1 && matchTightFrom(g, v, dual[v]!, dual, mateP)) pairs++;
  }
  return pairs;
}

function lowerExposed(g: StartGraph, dual: Float64Array, mateP: Int32Array): number {
  const { n, adjStart, adjV, adjW } = g;
  let pairs = 0;
  for (let v = 0; v < n; v++) {
    if (mateP[v] !== -1 || dual[v] === 0) continue;
    let need = 0;
    for (let k = adjStart[v]!; k < adjStart[v + 1]!; k++) need = Math.max(need, adjW[k]! - dual[adjV[k]!]!);
    dual[v] = need;
    if (need > 0 && matchTightFrom(g, v, need, dual, mateP)) pairs++;
  }
  return pairs;
}

/** Length-3 augmenting paths over tight edges: exposed v - w = x - exposed y. */
function flipShortPaths(g: StartGraph, dual: Float64Array, mateP: Int32Array): number {
  const { n, adjStart, adjP, adjV, adjW } = g;
  let pairs = 0;
  for (let v = 0; v < n; v++) {
    if (mateP[v] !== -1 || dual[v] === 0) continue;
    search: for (let k = adjStart[v]!; k < adjStart[v + 1]!; k++) {
      const w = adjV[k]!;
      if (dual[v]! + dual[w]! !== adjW[k]!) continue;
      const q = mateP[w]!;
      if (q === -1) continue;
      let x = -1;
      for (let k2 = adjStart[w]!; k2 < adjStart[w + 1]!; k2++) if (adjP[k2] === q) x = adjV[k2]!;
      if (x === -1) continue;
      for (let k2 = adjStart[x]!; k2 < adjStart[x + 1]!; k2++) {
        const y = adjV[k2]!;
        if (y === v || mateP[y] !== -1 || dual[x]! + dual[y]! !== adjW[k2]!) continue;
        mateP[v] = adjP[k]!;
        mateP[w] = adjP[k]! ^ 1;
        mateP[x] = adjP[k2]!;
        mateP[y] = adjP[k2]! ^ 1;
        pairs++;
        break search;
      }
    }
  }
  return pairs;
}
