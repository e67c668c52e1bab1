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

/**
 * Vertex ids must stay below 2^28 and edges below 2^28: the solver packs a vertex's blossom
 * representative and label into one 32-bit word, and an edge endpoint and a kind into
 * another.
 */
export const MAX_VERTICES = 2 ** 28;
export const MAX_EDGES = 2 ** 28;

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

// Each pass below is its own small function: V8 compiles a hot loop on its own, while one
// long function with many loops is recompiled (and deoptimised) as each new loop warms up,
// which dominated the run time on graphs of a few thousand vertices.

interface RawEdges {
  n: number;
  count: number;
  lo: Int32Array;
  hi: Int32Array;
  wt: Float64Array;
}

/** Validating pass into typed arrays (smaller endpoint first, self-loops dropped). */
function readEdges(edges: EdgeInput): RawEdges {
  const total = edges.length;
  if (total >= MAX_EDGES) throw new RangeError(`too many edges: ${total}`);
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
    if (a >= MAX_VERTICES || b >= MAX_VERTICES) throw new RangeError(`edge ${i}: vertex id too large`);
    if (a >= n) n = a + 1;
    if (b >= n) n = b + 1;
    if (a === b) continue;
    lo[count] = a < b ? a : b;
    hi[count] = a < b ? b : a;
    wt[count] = w;
    count++;
  }
  return { n, count, lo, hi, wt };
}

/** Edge indices grouped by smaller endpoint (counting sort), so parallel edges meet. */
function bucketByLow(raw: RawEdges): { start: Int32Array; order: Int32Array } {
  const { n, count, lo } = raw;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) start[lo[i]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[fill[lo[i]!]!++] = i;
  return { start, order };
}

interface EdgeList {
  m: number;
  eu: Int32Array;
  ev: Int32Array;
  w: Float64Array;
}

/** One edge per vertex pair, the heaviest; with `positiveOnly`, edges of weight <= 0 go. */
function dedupe(raw: RawEdges, positiveOnly: boolean): EdgeList {
  const { n, count, hi, wt } = raw;
  const { start, order } = bucketByLow(raw);
  const seenFrom = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  const eu = new Int32Array(count);
  const ev = new Int32Array(count);
  const w = new Float64Array(count);
  let kept = 0;
  for (let a = 0; a < n; a++) {
    for (let k = start[a]!; k < start[a + 1]!; k++) {
      const i = order[k]!;
      const b = hi[i]!;
      const x = wt[i]!;
      if (seenFrom[b] === a) {
        const s = slot[b]!;
        if (x > w[s]!) w[s] = x;
      } else {
        seenFrom[b] = a;
        slot[b] = kept;
        eu[kept] = a;
        ev[kept] = b;
        w[kept] = x;
        kept++;
      }
    }
  }
  return positiveOnly ? keepPositive({ m: kept, eu, ev, w }) : { m: kept, eu, ev, w };
}

/** Drops edges of weight <= 0 in place; they never improve a plain maximum-weight matching. */
function keepPositive(list: EdgeList): EdgeList {
  const { eu, ev, w } = list;
  let m = 0;
  for (let i = 0; i < list.m; i++) {
    if (w[i]! > 0) {
      eu[m] = eu[i]!;
      ev[m] = ev[i]!;
      w[m] = w[i]!;
      m++;
    }
  }
  return { m, eu: eu.subarray(0, m), ev: ev.subarray(0, m), w: w.subarray(0, m) };
}

function weightStats(list: EdgeList): { maxAbs: number; allIntegers: boolean } {
  const w = list.w;
  let maxAbs = 0;
  let allIntegers = true;
  for (let i = 0; i < list.m; i++) {
    const x = w[i]!;
    const abs = x < 0 ? -x : x;
    if (abs > maxAbs) maxAbs = abs;
    if (allIntegers && !Number.isInteger(x)) allIntegers = false;
  }
  return { maxAbs, allIntegers };
}

function countActive(n: number, list: EdgeList): number {
  const touched = new Uint8Array(n);
  for (let i = 0; i < list.m; i++) {
    touched[list.eu[i]!] = 1;
    touched[list.ev[i]!] = 1;
  }
  let active = 0;
  for (let v = 0; v < n; v++) active += touched[v]!;
  return active;
}

/** Rounds weights to integers in place (scale is a power of two, so w * scale is exact). */
function scaleWeights(w: Float64Array, m: number, scale: number): { minInt: number; maxInt: number } {
  let minInt = Infinity;
  let maxInt = -Infinity;
  for (let i = 0; i < m; i++) {
    const x = scale === 1 ? w[i]! : Math.round(w[i]! * scale);
    w[i] = x;
    if (x < minInt) minInt = x;
    if (x > maxInt) maxInt = x;
  }
  return { minInt, maxInt };
}

function shiftWeights(w: Float64Array, m: number, shift: number): void {
  for (let i = 0; i < m; i++) w[i] = w[i]! + shift;
}

export function normalizeGraph(edges: EdgeInput, maxCardinality: boolean): NormalizedGraph {
  const raw = readEdges(edges);
  const n = raw.n;
  let list = dedupe(raw, !maxCardinality);
  const { maxAbs, allIntegers } = weightStats(list);
  const activeVertices = countActive(n, list);
  const pairs = Math.floor(activeVertices / 2);

  // The integer range that must fit: plain weights, or (for cardinality) the shifted
  // weights plus a bonus of range * pairs. Powers of two keep the scaling itself exact.
  const factor = maxCardinality ? 2 * (pairs + 1) : 1;
  let scale = 1;
  if (maxAbs > 0 && (!allIntegers || maxAbs * factor > WEIGHT_LIMIT)) {
    scale = 2 ** Math.floor(Math.log2(WEIGHT_LIMIT / (maxAbs * factor)));
    while (maxAbs * factor * scale > WEIGHT_LIMIT) scale /= 2;
  }
  const { minInt, maxInt } = scaleWeights(list.w, list.m, scale);

  // With no edges the plain path below gives the same (empty) problem.
  if (maxCardinality && list.m > 0) {
    // Any k-edge matching then weighs between k*bonus and k*(bonus + range), so one more
    // edge always outweighs a better choice of fewer edges: bonus > range * (pairs - 1).
    const weightRange = maxInt - minInt;
    const cardinalityBonus = weightRange * pairs + 1;
    shiftWeights(list.w, list.m, cardinalityBonus - minInt);
    return {
      n,
      m: list.m,
      eu: list.eu.subarray(0, list.m),
      ev: list.ev.subarray(0, list.m),
      weight: list.w.subarray(0, list.m),
      scale,
      cardinalityBonus,
      weightRange,
      activeVertices,
    };
  }

  // Rounding tiny positive floats can give 0; such edges are worth nothing, drop them.
  list = keepPositive(list);
  return {
    n,
    m: list.m,
    eu: list.eu,
    ev: list.ev,
    weight: list.w,
    scale,
    cardinalityBonus: 0,
    weightRange: 0,
    activeVertices,
  };
}
