/**
 * Edmonds' primal-dual blossom algorithm for maximum weight matching, organised the way
 * Galil, Micali and Gabow and the LEMON library do it:
 *
 * - every exposed vertex roots its own alternating tree, and an augmentation (or an even
 *   vertex whose dual reaches zero) dissolves only the trees involved; the rest of the
 *   forest keeps its labels, so a stage costs work proportional to what changed;
 * - the four dual step sizes come from heaps: delta1 (an even vertex's dual reaching zero),
 *   delta2 (even vertex to unlabelled blossom), delta3 (even to even, halved) and delta4
 *   (an odd blossom's dual reaching zero), so choosing a step costs O(log m);
 * - dual variables are stored lazily against the running sum of all steps, so a step is
 *   O(1) instead of touching every labelled vertex;
 * - blossoms form a nested tree with child cycles, expanded when an odd blossom's dual
 *   reaches zero; the top-level blossom of a vertex is found in O(1) through a shared
 *   representative that is relabelled small-to-large when blossoms merge or split, which
 *   is O(log n) relabels per vertex and stage.
 *
 * That is O(m log n) per stage and O(n m log n) overall, except that a vertex dropping out
 * of the tree when an odd blossom expands is rescanned once per nesting level. Units: weights W are integers; the
 * vertex duals u and blossom duals z are kept at four times the LP values, so an edge's
 * slack is u_a + u_b + sum(z over blossoms holding both) - 4W. With every initial u even,
 * all exposed vertices (the tree roots) share one parity, which every vertex of a tree
 * inherits through its tight edges; hence the slack of an edge between two even vertices
 * is even and delta3 = slack / 2 stays an integer.
 *
 * The heaps use lazy deletion: an entry stores the key an event had when pushed and is
 * re-validated when it reaches the top. Whenever a vertex changes label it registers its
 * candidate edges again (see scanEven, scanFree and refresh2), so a stale entry can always
 * be dropped.
 */
import { buildAdjacency } from './adjacency.ts';
import { LazyMinHeap } from './heap.ts';
import type { NormalizedGraph } from './normalize.ts';
import { warmStart, uniformStart } from './warm-start.ts';

const FREE = 0;
const EVEN = 1;
const ODD = 2;

/** Delta2 entry kinds (low two bits of the heap value; the rest is the endpoint). */
const OWNED_BY_EVEN = 0;
const OWNED_BY_FREE = 1;
const PLAIN = 2;
/** Representative refreshes per label period before an owner switches to plain entries. */
const REFRESH_LIMIT = 4;

export interface SolverStats {
  /** Exposed vertices left after the initial solution; each roots one alternating tree. */
  initialTrees: number;
  /** Pairs matched by the initial solution. */
  initialPairs: number;
  augmentations: number;
  /** Trees that ended because an even vertex's dual reached zero. */
  retirements: number;
  blossomsFormed: number;
  /** Blossoms formed with at least one blossom among their children. */
  nestedBlossomsFormed: number;
  /** Times an existing blossom was labelled odd (reached from an even vertex). */
  oddBlossomLabels: number;
  /** Odd blossoms expanded because their dual reached zero. */
  blossomsExpanded: number;
  /** Expanded blossoms that had a blossom among their children. */
  nestedExpansions: number;
  dualSteps: number;
}

export interface SolverResult {
  /** Each vertex's partner, or -1. */
  mate: Int32Array;
  /** Vertex duals, four times the LP value. */
  vertexDual: Float64Array;
  /** Enclosing blossom of each vertex (0..n-1) and blossom (n..2n-1), or -1. */
  blossomParent: Int32Array;
  /** Blossom duals, four times the LP value, indexed like blossomParent (0 for vertices). */
  blossomDual: Float64Array;
  stats: SolverStats;
}

export interface SolverOptions {
  /** Start from a greedy matching with per-vertex duals instead of the empty matching. */
  warmStart: boolean;
}

/**
 * Solves the normalised problem. Internally edge e has endpoints 2e (its first vertex) and
 * 2e+1 (its second), and a vertex's mate is kept as the endpoint at its partner.
 */
export function solveMaxWeight(graph: NormalizedGraph, options: SolverOptions): SolverResult {
  return new BlossomSolver(graph, options).run();
}

class BlossomSolver {
  private readonly n: number;
  private readonly endV: Int32Array;
  /** Edge weights W; an edge is tight when u_a + u_b (+ blossom duals) equals 4W. */
  private readonly weight: Float64Array;
  private readonly adjStart: Int32Array;
  /** Remote endpoints of each vertex's edges. */
  private readonly adjP: Int32Array;
  /**
   * Copies of the neighbour and of 4W per adjacency slot. Scans read these sequentially
   * instead of chasing the edge arrays, which matters once the graph outgrows the cache.
   */
  private readonly adjV: Int32Array;
  private readonly adjW: Float64Array;

  private readonly mateP: Int32Array;
  /** Vertex duals in lazy form: u = dual - sum (even), dual + sum (odd), dual (free). */
  private readonly dual: Float64Array;
  /**
   * Per vertex: (representative << 2) | label of its top-level blossom, so scans test a
   * neighbour's label and blossom with one lookup. The top-level blossom itself is
   * repOwner[vstate[v] >> 2]. All vertices of a top-level blossom share one representative;
   * forming or splitting a blossom relabels every part but the largest, so a big blossom
   * that keeps absorbing small ones is not relabelled each time.
   */
  private readonly vstate: Int32Array;
  private readonly repOwner: Int32Array;
  /** Representative of each top-level blossom (-1 for nested ones). */
  private readonly bRep: Int32Array;
  /** Number of vertices in each blossom. */
  private readonly bSize: Int32Array;
  private readonly freeReps: Int32Array;
  private freeRepCount = 0;
  /** Each vertex's delta2 representative entry currently in the heap, or -1. */
  private readonly repEntry: Int32Array;
  /** Representative refreshes of each vertex since its last label change. */
  private readonly refreshes: Int32Array;
  /** The same two for delta3 (an even vertex's edges to other even blossoms). */
  private readonly repEntry3: Int32Array;
  private readonly refreshes3: Int32Array;
  private readonly bParent: Int32Array;
  private readonly bBase: Int32Array;
  private readonly label: Int8Array;
  /**
   * For an odd blossom, the endpoint at the even vertex that labelled it (the other end of
   * that edge is inside the blossom); for an even non-root blossom, the endpoint at the odd
   * vertex it is matched to; -1 for roots and free blossoms.
   */
  private readonly labelEnd: Int32Array;
  private readonly treeOf: Int32Array;
  private readonly treeNext: Int32Array;
  private readonly treePrev: Int32Array;
  private readonly treeHead: Int32Array;
  /** Blossom duals: z = zs + 2*sum (even top), zs - 2*sum (odd top), zs otherwise. */
  private readonly zs: Float64Array;
  private readonly leafHead: Int32Array;
  private readonly leafTail: Int32Array;
  private readonly leafNext: Int32Array;
  private readonly childs: Array<Int32Array | null>;
  /** endps[b][i] joins childs[b][i] (its vertex) and childs[b][i+1] (the other end). */
  private readonly endps: Array<Int32Array | null>;
  private readonly freeIds: Int32Array;
  private freeCount = 0;
  private readonly mark: Int32Array;
  private stamp = 0;

  /** Sum of all dual steps so far. */
  private sum = 0;
  private liveTrees = 0;

  private readonly h1 = new LazyMinHeap();
  private readonly h2 = new LazyMinHeap();
  private readonly h3 = new LazyMinHeap();
  private readonly h4 = new LazyMinHeap();
  private limit1: number;
  private limit2: number;
  private limit3: number;
  private limit4: number;

  private readonly stack: Int32Array;
  private readonly scratch: Int32Array;
  private readonly stats: SolverStats = {
    initialTrees: 0,
    initialPairs: 0,
    augmentations: 0,
    retirements: 0,
    blossomsFormed: 0,
    nestedBlossomsFormed: 0,
    oddBlossomLabels: 0,
    blossomsExpanded: 0,
    nestedExpansions: 0,
    dualSteps: 0,
  };

  constructor(
    graph: NormalizedGraph,
    private readonly options: SolverOptions,
  ) {
    const n = graph.n;
    const m = graph.m;
    this.n = n;
    this.weight = graph.weight;
    const adjacency = buildAdjacency(graph);
    this.endV = adjacency.endV;
    this.adjStart = adjacency.adjStart;
    this.adjP = adjacency.adjP;
    this.adjV = adjacency.adjV;
    this.adjW = adjacency.adjW;

    this.mateP = new Int32Array(n).fill(-1);
    this.dual = new Float64Array(n);
    this.vstate = new Int32Array(n);
    this.repOwner = new Int32Array(n);
    this.bRep = new Int32Array(2 * n).fill(-1);
    this.bSize = new Int32Array(2 * n);
    this.freeReps = new Int32Array(n);
    this.repEntry = new Int32Array(n).fill(-1);
    this.refreshes = new Int32Array(n);
    this.repEntry3 = new Int32Array(n).fill(-1);
    this.refreshes3 = new Int32Array(n);
    this.bParent = new Int32Array(2 * n).fill(-1);
    this.bBase = new Int32Array(2 * n).fill(-1);
    this.label = new Int8Array(2 * n);
    this.labelEnd = new Int32Array(2 * n).fill(-1);
    this.treeOf = new Int32Array(2 * n).fill(-1);
    this.treeNext = new Int32Array(2 * n).fill(-1);
    this.treePrev = new Int32Array(2 * n).fill(-1);
    this.treeHead = new Int32Array(n).fill(-1);
    this.zs = new Float64Array(2 * n);
    this.leafHead = new Int32Array(2 * n).fill(-1);
    this.leafTail = new Int32Array(2 * n).fill(-1);
    this.leafNext = new Int32Array(n).fill(-1);
    this.childs = new Array<Int32Array | null>(2 * n).fill(null);
    this.endps = new Array<Int32Array | null>(2 * n).fill(null);
    this.freeIds = new Int32Array(n);
    this.freeCount = n;
    for (let i = 0; i < n; i++) this.freeIds[i] = 2 * n - 1 - i;
    this.mark = new Int32Array(2 * n);
    this.stack = new Int32Array(4 * n + 8);
    this.scratch = new Int32Array(n + 1);
    this.initVertices();
    this.limit1 = 2 * n + 1024;
    this.limit2 = 4 * m + 1024;
    this.limit3 = 4 * m + 1024;
    this.limit4 = 2 * n + 1024;
  }

  /** Every vertex starts as its own trivial top-level blossom. */
  private initVertices(): void {
    for (let v = 0; v < this.n; v++) {
      this.vstate[v] = v << 2;
      this.repOwner[v] = v;
      this.bRep[v] = v;
      this.bSize[v] = 1;
      this.bBase[v] = v;
      this.leafHead[v] = v;
      this.leafTail[v] = v;
    }
  }

  run(): SolverResult {
    const start = { n: this.n, adjStart: this.adjStart, adjP: this.adjP, adjV: this.adjV, adjW: this.adjW };
    this.stats.initialPairs = this.options.warmStart
      ? warmStart(start, this.dual, this.mateP)
      : uniformStart(start, this.dual);
    this.plantForest();
    this.stats.initialTrees = this.liveTrees;
    this.scanRoots();
    while (this.liveTrees > 0) this.step();
    return this.result();
  }

  /**
   * Exposed vertices with a positive dual root the initial forest; one with a zero dual (no
   * edges, or nothing worth taking) already satisfies complementary slackness.
   */
  private plantForest(): void {
    for (let v = 0; v < this.n; v++) {
      if (this.mateP[v] === -1 && this.dual[v]! > 0) {
        this.label[v] = EVEN;
        this.relabel(v, EVEN, 0);
        this.addToTree(v, v);
        this.liveTrees++;
      }
    }
  }

  private scanRoots(): void {
    for (let v = 0; v < this.n; v++) if (this.label[v] === EVEN) this.scanEven(v);
  }

  // ---------------------------------------------------------------- main loop

  private step(): void {
    const sum = this.sum;
    let best = Infinity;
    let kind = 0;
    // On ties, even-even edges (augment or shrink) go before growing a tree: augmenting as
    // soon as possible keeps trees small, whereas growing first can stretch a tree along a
    // long run of tight edges only to dissolve it at the next augmentation.
    if (this.clean3()) {
      best = (this.h3.topKey() - 2 * sum) / 2;
      kind = 3;
    }
    if (this.clean2()) {
      const d = this.h2.topKey() - sum;
      if (d < best) {
        best = d;
        kind = 2;
      }
    }
    if (this.clean4()) {
      const d = (this.h4.topKey() - 2 * sum) / 2;
      if (d < best) {
        best = d;
        kind = 4;
      }
    }
    if (this.clean1()) {
      const d = this.h1.topKey() - sum;
      if (d < best) {
        best = d;
        kind = 1;
      }
    }
    if (kind === 0) throw new Error('max-weight matching: live trees but no dual step (internal error)');
    // A negative or fractional step would mean the dual bookkeeping broke; fail loudly.
    if (!(best >= 0) || !Number.isInteger(best)) {
      throw new Error(`max-weight matching: invalid dual step ${best} (internal error)`);
    }
    if (best > 0) {
      this.sum = sum + best;
      this.stats.dualSteps++;
    }
    switch (kind) {
      case 1: {
        const v = this.h1.topValue();
        this.h1.pop();
        this.retire(v);
        break;
      }
      case 2: {
        const entry = this.h2.topValue();
        this.h2.pop();
        this.grow(entry >> 2);
        this.refresh2(entry);
        break;
      }
      case 3: {
        const entry = this.h3.topValue();
        this.h3.pop();
        this.evenEven(entry >> 1);
        this.refresh3(entry);
        break;
      }
      default: {
        const b = this.h4.topValue();
        this.h4.pop();
        this.expandOdd(b);
        break;
      }
    }
    this.maybeCompact();
  }

  private valid1(v: number, key: number): boolean {
    return (this.vstate[v]! & 3) === EVEN && this.dual[v] === key;
  }

  private valid2(p: number, key: number): boolean {
    const x = this.endV[p]!;
    const y = this.endV[p ^ 1]!;
    return (
      (this.vstate[x]! & 3) === FREE &&
      (this.vstate[y]! & 3) === EVEN &&
      this.dual[x]! + this.dual[y]! - 4 * this.weight[p >> 1]! === key
    );
  }

  private valid3(p: number, key: number): boolean {
    const x = this.endV[p]!;
    const y = this.endV[p ^ 1]!;
    const sx = this.vstate[x]!;
    const sy = this.vstate[y]!;
    return (
      sx >> 2 !== sy >> 2 &&
      (sx & 3) === EVEN &&
      (sy & 3) === EVEN &&
      this.dual[x]! + this.dual[y]! - 4 * this.weight[p >> 1]! === key
    );
  }

  private valid4(b: number, key: number): boolean {
    return this.label[b] === ODD && this.bParent[b] === -1 && this.zs[b] === key;
  }

  private clean1(): boolean {
    const h = this.h1;
    while (h.size > 0 && !this.valid1(h.topValue(), h.topKey())) h.pop();
    return h.size > 0;
  }

  private clean2(): boolean {
    const h = this.h2;
    while (h.size > 0) {
      const entry = h.topValue();
      if (this.valid2(entry >> 2, h.topKey())) return true;
      h.pop();
      this.refresh2(entry);
    }
    return false;
  }

  /**
   * Delta2 entries come in two kinds. A representative stands for all candidate edges of its
   * owner (the even or the unlabelled end), holding the smallest of their keys when pushed;
   * when it leaves the heap, consumed or stale, the owner pushes its current smallest key
   * again. Candidates that appear later are covered by the scan of whichever end changed
   * label, so every candidate key is at least the popped one and no event is missed. One
   * entry per scan instead of one per edge keeps the heap small; to keep the worst case at
   * O(deg log m) per label change, an owner refreshed more than REFRESH_LIMIT times falls
   * back to plain per-edge entries, which need no refresh.
   */
  private refresh2(entry: number): void {
    const kind = entry & 3;
    if (kind === PLAIN) return;
    const p = entry >> 2;
    const owner = kind === OWNED_BY_EVEN ? this.endV[p ^ 1]! : this.endV[p]!;
    if (this.repEntry[owner] !== entry) return;
    this.repEntry[owner] = -1;
    if ((this.vstate[owner]! & 3) !== (kind === OWNED_BY_EVEN ? EVEN : FREE)) return;
    const count = ++this.refreshes[owner]!;
    this.cover(owner, kind, count > REFRESH_LIMIT);
  }

  /**
   * Pushes delta2 coverage for the candidate edges of `v`: to unlabelled vertices when v is
   * even (kind OWNED_BY_EVEN), from even vertices when v is unlabelled. Either one
   * representative entry for the cheapest, or (plain) one entry per candidate.
   */
  private cover(v: number, kind: number, plain: boolean): void {
    const { vstate, dual, adjP, adjV, adjW } = this;
    const want = kind === OWNED_BY_EVEN ? FREE : EVEN;
    const flip = kind === OWNED_BY_EVEN ? 0 : 1;
    const dv = dual[v]!;
    let best = Infinity;
    let bestK = -1;
    const end = this.adjStart[v + 1]!;
    for (let k = this.adjStart[v]!; k < end; k++) {
      const w = adjV[k]!;
      if ((vstate[w]! & 3) !== want) continue;
      const key = dv + dual[w]! - adjW[k]!;
      if (plain) {
        this.h2.push(key, ((adjP[k]! ^ flip) << 2) | PLAIN);
      } else if (key < best) {
        best = key;
        bestK = k;
      }
    }
    if (bestK !== -1) {
      const entry = ((adjP[bestK]! ^ flip) << 2) | kind;
      this.h2.push(best, entry);
      this.repEntry[v] = entry;
    }
  }

  private clean3(): boolean {
    const h = this.h3;
    while (h.size > 0) {
      const entry = h.topValue();
      if (this.valid3(entry >> 1, h.topKey())) return true;
      h.pop();
      this.refresh3(entry);
    }
    return false;
  }

  /**
   * Delta3 works like delta2 (see refresh2) with the even end scanning as owner: an edge
   * between two even blossoms only becomes a candidate when one end turns even, and that
   * end's scan covers it. Entry: (endpoint at the other end) << 1 | plain.
   */
  private refresh3(entry: number): void {
    if ((entry & 1) === 1) return;
    const p = entry >> 1;
    const owner = this.endV[p ^ 1]!;
    if (this.repEntry3[owner] !== entry) return;
    this.repEntry3[owner] = -1;
    if ((this.vstate[owner]! & 3) !== EVEN) return;
    const count = ++this.refreshes3[owner]!;
    this.cover3(owner, count > REFRESH_LIMIT);
  }

  private cover3(v: number, plain: boolean): void {
    const { vstate, dual, adjP, adjV, adjW } = this;
    const dv = dual[v]!;
    const mine = vstate[v]! >> 2;
    let best = Infinity;
    let bestK = -1;
    const end = this.adjStart[v + 1]!;
    for (let k = this.adjStart[v]!; k < end; k++) {
      const sw = vstate[adjV[k]!]!;
      if ((sw & 3) !== EVEN || sw >> 2 === mine) continue;
      const key = dv + dual[adjV[k]!]! - adjW[k]!;
      if (plain) {
        this.h3.push(key, (adjP[k]! << 1) | 1);
      } else if (key < best) {
        best = key;
        bestK = k;
      }
    }
    if (bestK !== -1) {
      const entry = adjP[bestK]! << 1;
      this.h3.push(best, entry);
      this.repEntry3[v] = entry;
    }
  }

  private clean4(): boolean {
    const h = this.h4;
    while (h.size > 0 && !this.valid4(h.topValue(), h.topKey())) h.pop();
    return h.size > 0;
  }

  /** Drops stale entries once a heap has grown well past its live content. */
  private maybeCompact(): void {
    if (this.h1.size > this.limit1) {
      this.h1.compact((v, k) => this.valid1(v, k));
      this.limit1 = Math.max(this.limit1, 2 * this.h1.size);
    }
    if (this.h2.size > this.limit2) {
      const dropped: number[] = [];
      this.h2.compact((entry, k) => {
        if (this.valid2(entry >> 2, k)) return true;
        dropped.push(entry);
        return false;
      });
      for (const entry of dropped) this.refresh2(entry);
      this.limit2 = Math.max(this.limit2, 2 * this.h2.size);
    }
    if (this.h3.size > this.limit3) {
      const dropped: number[] = [];
      this.h3.compact((entry, k) => {
        if (this.valid3(entry >> 1, k)) return true;
        dropped.push(entry);
        return false;
      });
      for (const entry of dropped) this.refresh3(entry);
      this.limit3 = Math.max(this.limit3, 2 * this.h3.size);
    }
    if (this.h4.size > this.limit4) {
      this.h4.compact((b, k) => this.valid4(b, k));
      this.limit4 = Math.max(this.limit4, 2 * this.h4.size);
    }
  }

  // ---------------------------------------------------------------- scanning

  /**
   * Registers a vertex that just became even: its own dual (delta1), and one representative
   * entry each for its cheapest edge to another even blossom (delta3, see refresh3) and to
   * an unlabelled vertex (delta2, see refresh2).
   */
  private scanEven(v: number): void {
    const { vstate, dual, adjP, adjV, adjW } = this;
    const dv = dual[v]!;
    this.h1.push(dv, v);
    const mine = vstate[v]! >> 2;
    let best = Infinity;
    let bestK = -1;
    let best3 = Infinity;
    let bestK3 = -1;
    const end = this.adjStart[v + 1]!;
    for (let k = this.adjStart[v]!; k < end; k++) {
      const w = adjV[k]!;
      const sw = vstate[w]!;
      if (sw >> 2 === mine) continue;
      const lw = sw & 3;
      if (lw === EVEN) {
        const key = dv + dual[w]! - adjW[k]!;
        if (key < best3) {
          best3 = key;
          bestK3 = k;
        }
      } else if (lw === FREE) {
        const key = dv + dual[w]! - adjW[k]!;
        if (key < best) {
          best = key;
          bestK = k;
        }
      }
    }
    this.refreshes[v] = 0;
    this.repEntry[v] = -1;
    if (bestK !== -1) {
      const entry = (adjP[bestK]! << 2) | OWNED_BY_EVEN;
      this.h2.push(best, entry);
      this.repEntry[v] = entry;
    }
    this.refreshes3[v] = 0;
    this.repEntry3[v] = -1;
    if (bestK3 !== -1) {
      const entry = adjP[bestK3]! << 1;
      this.h3.push(best3, entry);
      this.repEntry3[v] = entry;
    }
  }

  /** Registers a vertex that just became unlabelled: its cheapest edge from an even vertex. */
  private scanFree(v: number): void {
    this.refreshes[v] = 0;
    this.repEntry[v] = -1;
    this.cover(v, OWNED_BY_FREE, false);
  }

  /** Gives every vertex of top-level blossom b label `lab` and adds `delta` to its dual. */
  private relabel(b: number, lab: number, delta: number): void {
    const { leafNext, dual, vstate } = this;
    const tail = this.leafTail[b]!;
    for (let v = this.leafHead[b]!; ; v = leafNext[v]!) {
      dual[v] = dual[v]! + delta;
      vstate[v] = (vstate[v]! & ~3) | lab;
      if (v === tail) break;
    }
  }

  private top(v: number): number {
    return this.repOwner[this.vstate[v]! >> 2]!;
  }

  /** Points every vertex of blossom b (top-level or not) at representative r. */
  private setRep(b: number, r: number): void {
    const { leafNext, vstate } = this;
    const tail = this.leafTail[b]!;
    for (let v = this.leafHead[b]!; ; v = leafNext[v]!) {
      vstate[v] = (r << 2) | (vstate[v]! & 3);
      if (v === tail) break;
    }
  }

  private scanLeavesEven(b: number): void {
    const tail = this.leafTail[b]!;
    for (let v = this.leafHead[b]!; ; v = this.leafNext[v]!) {
      this.scanEven(v);
      if (v === tail) break;
    }
  }

  private scanLeavesFree(b: number): void {
    const tail = this.leafTail[b]!;
    for (let v = this.leafHead[b]!; ; v = this.leafNext[v]!) {
      this.scanFree(v);
      if (v === tail) break;
    }
  }

  // ---------------------------------------------------------------- tree bookkeeping

  private addToTree(b: number, tree: number): void {
    this.treeOf[b] = tree;
    const head = this.treeHead[tree]!;
    this.treePrev[b] = -1;
    this.treeNext[b] = head;
    if (head !== -1) this.treePrev[head] = b;
    this.treeHead[tree] = b;
  }

  private removeFromTree(b: number): void {
    const tree = this.treeOf[b]!;
    const prev = this.treePrev[b]!;
    const next = this.treeNext[b]!;
    if (prev !== -1) this.treeNext[prev] = next;
    else this.treeHead[tree] = next;
    if (next !== -1) this.treePrev[next] = prev;
    this.treeOf[b] = -1;
    this.treeNext[b] = -1;
    this.treePrev[b] = -1;
  }

  /** Unlabels every blossom of a tree, after an augmentation or retirement changed it. */
  private destroyTree(tree: number): void {
    const sum = this.sum;
    const list = this.scratch;
    let count = 0;
    for (let b = this.treeHead[tree]!; b !== -1; b = this.treeNext[b]!) list[count++] = b;
    for (let i = 0; i < count; i++) {
      const b = list[i]!;
      if (this.label[b] === EVEN) {
        this.relabel(b, FREE, -sum);
        if (b >= this.n) this.zs[b] = this.zs[b]! + 2 * sum;
      } else {
        this.relabel(b, FREE, sum);
        if (b >= this.n) this.zs[b] = this.zs[b]! - 2 * sum;
      }
      this.label[b] = FREE;
      this.labelEnd[b] = -1;
      this.treeOf[b] = -1;
      this.treeNext[b] = -1;
      this.treePrev[b] = -1;
    }
    this.treeHead[tree] = -1;
    this.liveTrees--;
    for (let i = 0; i < count; i++) this.scanLeavesFree(list[i]!);
  }

  // ---------------------------------------------------------------- events

  /** delta1: an even vertex's dual reached zero; it becomes the tree's exposed vertex. */
  private retire(v: number): void {
    const tree = this.treeOf[this.top(v)]!;
    this.augmentFrom(v, -1);
    this.destroyTree(tree);
    this.stats.retirements++;
  }

  /** delta2: a tight edge from an even vertex into an unlabelled blossom (endpoint p inside it). */
  private grow(p: number): void {
    const x = this.endV[p]!;
    const s = this.endV[p ^ 1]!;
    const b = this.top(x);
    const tree = this.treeOf[this.top(s)]!;
    const q = this.mateP[this.bBase[b]!]!;
    if (q === -1) {
      // The blossom's base is exposed with a zero dual: augment into it.
      if (b >= this.n) this.augmentBlossom(b, x);
      this.mateP[x] = p ^ 1;
      this.augmentFrom(s, p);
      this.destroyTree(tree);
      this.stats.augmentations++;
      return;
    }
    const sum = this.sum;
    this.label[b] = ODD;
    this.labelEnd[b] = p ^ 1;
    this.addToTree(b, tree);
    this.relabel(b, ODD, -sum);
    if (b >= this.n) {
      this.zs[b] = this.zs[b]! + 2 * sum;
      this.h4.push(this.zs[b]!, b);
      this.stats.oddBlossomLabels++;
    }
    const c = this.top(this.endV[q]!);
    this.label[c] = EVEN;
    this.labelEnd[c] = q ^ 1;
    this.addToTree(c, tree);
    this.relabel(c, EVEN, sum);
    if (c >= this.n) this.zs[c] = this.zs[c]! - 2 * sum;
    this.scanLeavesEven(c);
  }

  /** delta3: a tight edge between two even blossoms (endpoint p at the first). */
  private evenEven(p: number): void {
    const a = this.endV[p]!;
    const b = this.endV[p ^ 1]!;
    const ta = this.treeOf[this.top(a)]!;
    const tb = this.treeOf[this.top(b)]!;
    if (ta === tb) {
      this.shrink(this.commonAncestor(a, b), p);
      return;
    }
    this.augmentFrom(a, p ^ 1);
    this.augmentFrom(b, p);
    this.destroyTree(ta);
    this.destroyTree(tb);
    this.stats.augmentations++;
  }

  /** The even blossom where the tree paths from two even vertices of one tree meet. */
  private commonAncestor(a: number, b: number): number {
    const mark = this.mark;
    const stamp = ++this.stamp;
    let x = this.top(a);
    let y = this.top(b);
    for (;;) {
      if (x !== -1) {
        if (mark[x] === stamp) return x;
        mark[x] = stamp;
        x = this.evenParent(x);
      }
      if (y !== -1) {
        if (mark[y] === stamp) return y;
        mark[y] = stamp;
        y = this.evenParent(y);
      }
    }
  }

  private evenParent(b: number): number {
    const q = this.labelEnd[b]!;
    if (q === -1) return -1;
    const odd = this.top(this.endV[q]!);
    return this.top(this.endV[this.labelEnd[odd]!]!);
  }

  /** Forms a new even blossom from the cycle closed by the tight edge p through base bb. */
  private shrink(bb: number, p: number): void {
    const n = this.n;
    const { endV, labelEnd, bParent } = this;
    const sum = this.sum;
    const b = this.freeIds[--this.freeCount]!;
    this.stats.blossomsFormed++;
    bParent[b] = -1;
    bParent[bb] = b;
    this.bBase[b] = this.bBase[bb]!;

    const path: number[] = [];
    const eps: number[] = [];
    for (let bx = this.top(endV[p]!); bx !== bb;) {
      bParent[bx] = b;
      path.push(bx);
      eps.push(labelEnd[bx]!);
      bx = this.top(endV[labelEnd[bx]!]!);
    }
    path.push(bb);
    path.reverse();
    eps.reverse();
    eps.push(p);
    for (let bx = this.top(endV[p ^ 1]!); bx !== bb;) {
      bParent[bx] = b;
      path.push(bx);
      eps.push(labelEnd[bx]! ^ 1);
      bx = this.top(endV[labelEnd[bx]!]!);
    }
    const children = Int32Array.from(path);
    this.childs[b] = children;
    this.endps[b] = Int32Array.from(eps);

    const tree = this.treeOf[bb]!;
    this.label[b] = EVEN;
    labelEnd[b] = labelEnd[bb]!;
    this.zs[b] = -2 * sum;

    const k = children.length;
    for (let i = 0; i < k; i++) {
      if (children[i]! >= n) {
        this.stats.nestedBlossomsFormed++;
        break;
      }
    }
    let oddCount = 0;
    const oddKids = this.scratch;
    for (let i = 0; i < k; i++) {
      const c = children[i]!;
      this.removeFromTree(c);
      if (this.label[c] === ODD) {
        this.relabel(c, EVEN, 2 * sum);
        if (c >= n) this.zs[c] = this.zs[c]! - 2 * sum;
        oddKids[oddCount++] = c;
      } else if (c >= n) {
        this.zs[c] = this.zs[c]! + 2 * sum;
      }
      this.label[c] = FREE;
      labelEnd[c] = -1;
    }
    this.addToTree(b, tree);

    const { leafHead, leafTail, leafNext } = this;
    leafHead[b] = leafHead[children[0]!]!;
    for (let i = 0; i + 1 < k; i++) leafNext[leafTail[children[i]!]!] = leafHead[children[i + 1]!]!;
    leafTail[b] = leafTail[children[k - 1]!]!;
    leafNext[leafTail[b]!] = -1;
    this.bSize[b] = 0;
    let big = children[0]!;
    for (let i = 0; i < k; i++) {
      const c = children[i]!;
      this.bSize[b] = this.bSize[b]! + this.bSize[c]!;
      if (this.bSize[c]! > this.bSize[big]!) big = c;
    }
    const r = this.bRep[big]!;
    for (let i = 0; i < k; i++) {
      const c = children[i]!;
      if (c !== big) {
        this.freeReps[this.freeRepCount++] = this.bRep[c]!;
        this.setRep(c, r);
      }
      this.bRep[c] = -1;
    }
    this.repOwner[r] = b;
    this.bRep[b] = r;

    // Copied because the scratch buffer is shared with destroyTree.
    const toScan = oddKids.slice(0, oddCount);
    for (let i = 0; i < oddCount; i++) this.scanLeavesEven(toScan[i]!);
  }

  /** delta4: an odd blossom's dual reached zero; split it back into its children. */
  private expandOdd(b: number): void {
    const n = this.n;
    const { endV, label, labelEnd, bParent } = this;
    const sum = this.sum;
    const children = this.childs[b]!;
    const eps = this.endps[b]!;
    const k = children.length;
    const tree = this.treeOf[b]!;
    const entryEnd = labelEnd[b]!;
    this.removeFromTree(b);
    this.stats.blossomsExpanded++;

    for (let i = 0; i < k; i++) {
      if (children[i]! >= n) {
        this.stats.nestedExpansions++;
        break;
      }
    }
    let big = children[0]!;
    for (let i = 0; i < k; i++) if (this.bSize[children[i]!]! > this.bSize[big]!) big = children[i]!;
    for (let i = 0; i < k; i++) {
      const c = children[i]!;
      bParent[c] = -1;
      if (c !== big) {
        const r = this.freeReps[--this.freeRepCount]!;
        this.setRep(c, r);
        this.repOwner[r] = c;
        this.bRep[c] = r;
      }
    }
    this.bRep[big] = this.bRep[b]!;
    this.repOwner[this.bRep[b]!] = big;
    this.bRep[b] = -1;
    for (let i = 0; i < k; i++) this.leafNext[this.leafTail[children[i]!]!] = -1;

    // Children on the even-length path from the entry child to the base child keep the
    // tree alternating (odd, even, ..., odd); the others drop out of the tree.
    const entry = this.top(endV[entryEnd ^ 1]!);
    let j = children.indexOf(entry);
    const stepBack = (j & 1) === 0;
    const stamp = ++this.stamp;
    const evenKids: number[] = [];
    let lab = ODD;
    for (;;) {
      const c = children[j]!;
      this.mark[c] = stamp;
      let end: number;
      if (c === entry) end = entryEnd;
      else end = stepBack ? eps[j]! ^ 1 : eps[(j + k - 1) % k]!;
      label[c] = lab;
      labelEnd[c] = end;
      this.addToTree(c, tree);
      if (lab === ODD) {
        if (c >= n) {
          this.zs[c] = this.zs[c]! + 2 * sum;
          this.h4.push(this.zs[c]!, c);
        }
      } else {
        this.relabel(c, EVEN, 2 * sum);
        if (c >= n) this.zs[c] = this.zs[c]! - 2 * sum;
        evenKids.push(c);
      }
      if (j === 0) break;
      j = stepBack ? j - 1 : (j + 1) % k;
      lab = lab === ODD ? EVEN : ODD;
    }
    const freeKids: number[] = [];
    for (let i = 0; i < k; i++) {
      const c = children[i]!;
      if (this.mark[c] === stamp) continue;
      label[c] = FREE;
      labelEnd[c] = -1;
      this.relabel(c, FREE, sum);
      freeKids.push(c);
    }

    this.childs[b] = null;
    this.endps[b] = null;
    label[b] = FREE;
    labelEnd[b] = -1;
    this.bBase[b] = -1;
    this.zs[b] = 0;
    this.freeIds[this.freeCount++] = b;

    for (const c of evenKids) this.scanLeavesEven(c);
    for (const c of freeKids) this.scanLeavesFree(c);
  }

  // ---------------------------------------------------------------- augmentation

  /**
   * Flips the alternating path from even vertex s up to its tree root, giving s the partner
   * endpoint p (or leaving it exposed when p is -1). The root ends up matched.
   */
  private augmentFrom(s: number, p: number): void {
    const { endV, labelEnd, mateP } = this;
    const n = this.n;
    for (;;) {
      const bs = this.top(s);
      if (bs >= n) this.augmentBlossom(bs, s);
      mateP[s] = p;
      const q = labelEnd[bs]!;
      if (q === -1) break;
      const bt = this.top(endV[q]!);
      const r = labelEnd[bt]!;
      s = endV[r]!;
      const j = endV[r ^ 1]!;
      if (bt >= n) this.augmentBlossom(bt, j);
      mateP[j] = r;
      p = r ^ 1;
    }
  }

  /**
   * Rotates blossom b so that vertex v becomes its base, re-matching the even-length path
   * inside it. Nested blossoms on that path are rotated too, via an explicit work stack
   * (deep nesting must not exhaust the call stack).
   */
  private augmentBlossom(b0: number, v0: number): void {
    const { stack, bParent } = this;
    const n = this.n;
    let top = 0;
    stack[top++] = b0;
    stack[top++] = v0;
    while (top > 0) {
      const v = stack[--top]!;
      const b = stack[--top]!;
      let t = v;
      while (bParent[t] !== b) t = bParent[t]!;
      if (t >= n) {
        stack[top++] = t;
        stack[top++] = v;
      }
      const ch = this.childs[b]!;
      const ep = this.endps[b]!;
      const k = ch.length;
      const i = ch.indexOf(t);
      // Pairs (a, a+1) joined by ep[a] become matched, walking the even way round to child 0.
      if ((i & 1) === 0) {
        for (let a = i - 2; a >= 0; a -= 2) top = this.matchPair(ep[a]!, ch[a]!, ch[a + 1]!, top);
      } else {
        for (let a = i + 1; a < k; a += 2) top = this.matchPair(ep[a]!, ch[a]!, ch[(a + 1) % k]!, top);
      }
      if (i > 0) {
        const rotatedChildren = new Int32Array(k);
        const rotatedEnds = new Int32Array(k);
        for (let x = 0; x < k; x++) {
          rotatedChildren[x] = ch[(i + x) % k]!;
          rotatedEnds[x] = ep[(i + x) % k]!;
        }
        this.childs[b] = rotatedChildren;
        this.endps[b] = rotatedEnds;
      }
      this.bBase[b] = v;
    }
  }

  private matchPair(q: number, c0: number, c1: number, top: number): number {
    const x = this.endV[q]!;
    const y = this.endV[q ^ 1]!;
    const stack = this.stack;
    if (c0 >= this.n) {
      stack[top++] = c0;
      stack[top++] = x;
    }
    if (c1 >= this.n) {
      stack[top++] = c1;
      stack[top++] = y;
    }
    this.mateP[x] = q ^ 1;
    this.mateP[y] = q;
    return top;
  }

  // ---------------------------------------------------------------- result

  private result(): SolverResult {
    const n = this.n;
    const blossomDual = new Float64Array(2 * n);
    for (let b = n; b < 2 * n; b++) if (this.bBase[b]! >= 0) blossomDual[b] = this.zs[b]!;
    const mate = new Int32Array(n);
    for (let v = 0; v < n; v++) {
      const p = this.mateP[v]!;
      mate[v] = p === -1 ? -1 : this.endV[p]!;
    }
    return {
      mate,
      vertexDual: this.dual,
      blossomParent: this.bParent,
      blossomDual,
      stats: this.stats,
    };
  }
}
