/**
 * Turns the public edge list into the integer problem the solver works on: validated,
 * self-loops dropped, parallel edges reduced to the heaviest, weights scaled to exact
 * integers and, for maximum cardinality, shifted by a bonus that makes every extra
 * matched pair worth more than any weight difference.
 */

/** Largest integer weight handed to the solver. Duals and lazily offset keys stay below
 * about 32 times this (doubled duals on doubled weights, plus two running offsets), which
 * keeps every intermediate value an exact integer in a double (2^44 * 32 = 2^49 < 2^53). */
export const WEIGHT_LIMIT = 2 ** 44;

export interface NormalizedGraph {
  /** Number of vertices: 1 + the largest id in the input (self-loops included). */
  readonly n: number;
  readonly m: number;
  readonly eu: Int32Array;
  readonly ev: Int32Array;
  /** Positive integer weights (stored as doubles) that the solver maximises. */
  readonly weight: Float64Array;
  /** Integer weight before the cardinality shift = round(input weight * scale). */
  readonly scale: number;
  /** Added to every shifted weight when maximising cardinality first, else 0. */
  readonly cardinalityBonus: number;
  /** Largest minus smallest scaled weight among kept edges (0 when maxCardinality is off). */
  readonly weightRange: number;
  /** Vertices with at least one kept edge. */
  readonly activeVertices: number;
}

type EdgeInput = ReadonlyArray<readonly [number, number, number]>;

export function normalizeGraph(edges: EdgeInput, maxCardinality: boolean): NormalizedGraph {
  const total = edges.length;
  // One validating pass into typed arrays (smaller endpoint first, self-loops dropped).
  const lo = new Int32Array(total);
  const hi = new Int32Array(total);
  const wt = new Float64Array(total);
  let n = 0;
  let count = 0;
  for (let i = 0; i < total; i++) {
    const edge = edges[i];
    if (edge === undefined || edge === null) throw new TypeError(`edge ${i} is missing`);
    const a = edge[0];
    const b = edge[1];
    const w = edge[2];
    if (!Number.isInteger(a) || a < 0 || !Number.isInteger(b) || b < 0) {
      throw new TypeError(
        `edge ${i}: vertex ids must be non-negative integers, got ${String(a)}, ${String(b)}`,
      );
    }
    if (typeof w !== 'number' || !Number.isFinite(w)) {
      throw new TypeError(`edge ${i}: weight must be a finite number, got ${String(w)}`);
    }
    if (a > 0x3fffffff || b > 0x3fffffff) throw new RangeError(`edge ${i}: vertex id too large`);
    if (a >= n) n = a + 1;
    if (b >= n) n = b + 1;
    if (a === b) continue;
    lo[count] = a < b ? a : b;
    hi[count] = a < b ? b : a;
    wt[count] = w;
    count++;
  }

  // Bucket edges by their smaller endpoint so parallel edges meet in one pass.
  const bucketStart = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) bucketStart[lo[i]! + 1]!++;
  for (let v = 0; v < n; v++) bucketStart[v + 1]! += bucketStart[v]!;
  const fill = bucketStart.slice(0, n);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[fill[lo[i]!]!++] = i;

  const seenFrom = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  const keptU = new Int32Array(count);
  const keptV = new Int32Array(count);
  const keptW = new Float64Array(count);
  let kept = 0;
  for (let a = 0; a < n; a++) {
    for (let k = bucketStart[a]!; k < bucketStart[a + 1]!; k++) {
      const i = order[k]!;
      const b = hi[i]!;
      const w = wt[i]!;
      if (seenFrom[b] === a) {
        const s = slot[b]!;
        if (w > keptW[s]!) keptW[s] = w;
      } else {
        seenFrom[b] = a;
        slot[b] = kept;
        keptU[kept] = a;
        keptV[kept] = b;
        keptW[kept] = w;
        kept++;
      }
    }
  }

  // Without the cardinality requirement an edge of weight <= 0 never improves a matching.
  let m = 0;
  for (let i = 0; i < kept; i++) {
    if (maxCardinality || keptW[i]! > 0) {
      keptU[m] = keptU[i]!;
      keptV[m] = keptV[i]!;
      keptW[m] = keptW[i]!;
      m++;
    }
  }

  let maxAbs = 0;
  let allIntegers = true;
  for (let i = 0; i < m; i++) {
    const w = keptW[i]!;
    maxAbs = Math.max(maxAbs, Math.abs(w));
    if (allIntegers && !Number.isInteger(w)) allIntegers = false;
  }

  const degree = new Int32Array(n);
  for (let i = 0; i < m; i++) {
    degree[keptU[i]!]!++;
    degree[keptV[i]!]!++;
  }
  let activeVertices = 0;
  for (let v = 0; v < n; v++) if (degree[v]! > 0) activeVertices++;
  const pairs = Math.floor(activeVertices / 2);

  // The integer range that must fit: plain weights, or (for cardinality) the shifted
  // weights plus a bonus of range * pairs. Powers of two keep the scaling itself exact.
  const factor = maxCardinality ? 2 * (pairs + 1) : 1;
  let scale = 1;
  if (maxAbs > 0 && (!allIntegers || maxAbs * factor > WEIGHT_LIMIT)) {
    scale = 2 ** Math.floor(Math.log2(WEIGHT_LIMIT / (maxAbs * factor)));
    while (maxAbs * factor * scale > WEIGHT_LIMIT) scale /= 2;
  }

  const eu = keptU.subarray(0, m);
  const ev = keptV.subarray(0, m);
  const weight = keptW.subarray(0, m);
  let minInt = Infinity;
  let maxInt = -Infinity;
  for (let i = 0; i < m; i++) {
    const wi = scale === 1 ? weight[i]! : Math.round(weight[i]! * scale);
    weight[i] = wi;
    if (wi < minInt) minInt = wi;
    if (wi > maxInt) maxInt = wi;
  }

  if (maxCardinality && m > 0) {
    // Any k-edge matching then weighs between k*bonus and k*(bonus + range), so one more
    // edge always outweighs a better choice of fewer edges: bonus > range * (pairs - 1).
    const weightRange = maxInt - minInt;
    const cardinalityBonus = weightRange * pairs + 1;
    for (let i = 0; i < m; i++) weight[i] = weight[i]! - minInt + cardinalityBonus;
    return { n, m, eu, ev, weight, scale, cardinalityBonus, weightRange, activeVertices };
  }

  // Rounding tiny positive floats can give 0; such edges are worth nothing, drop them.
  let positive = 0;
  for (let i = 0; i < m; i++) {
    if (weight[i]! > 0) {
      eu[positive] = eu[i]!;
      ev[positive] = ev[i]!;
      weight[positive] = weight[i]!;
      positive++;
    }
  }
  return {
    n,
    m: positive,
    eu: eu.subarray(0, positive),
    ev: ev.subarray(0, positive),
    weight: weight.subarray(0, positive),
    scale,
    cardinalityBonus: 0,
    weightRange: 0,
    activeVertices,
  };
}
