/**
 * Linear-time optimality certificate check for a weighted matching, independent of how the
 * matching was found. With duals y (vertices) and z (a laminar family of odd blossoms) of the
 * matching LP, a matching M is optimal when
 *
 *   - every y and z is non-negative,
 *   - every edge has slack y_a + y_b + sum(z over blossoms holding both ends) - w >= 0,
 *   - every matched edge has zero slack,
 *   - every exposed vertex has y = 0,
 *   - every blossom with z > 0 is full: all but one of its vertices are matched inside it,
 *
 * because then w(M) equals the dual objective, an upper bound on every matching. Values are
 * the solver's integers at four times the LP scale. The blossom sums come from Tarjan's
 * offline lowest-common-ancestor pass over the blossom forest, so the whole check is
 * O((n + m) alpha(n)).
 */
import type { NormalizedGraph } from './normalize.ts';

export interface DualCertificate {
  /** Vertex duals, four times the LP value. */
  readonly vertexDual: Float64Array;
  /** Enclosing blossom of every vertex (ids 0..n-1) and blossom (ids n..), or -1. */
  readonly blossomParent: Int32Array;
  /** Blossom duals, four times the LP value, indexed like blossomParent. */
  readonly blossomDual: Float64Array;
}

/** Throws an Error naming the first violated condition. */
export function checkCertificate(
  graph: NormalizedGraph,
  mate: ArrayLike<number>,
  cert: DualCertificate,
): void {
  const { n, m, eu, ev, weight } = graph;
  const { vertexDual: u, blossomParent: parent, blossomDual: z } = cert;
  const total = parent.length;
  const fail = (msg: string): never => {
    throw new Error(`matching certificate rejected: ${msg}`);
  };
  if (mate.length !== n) fail(`mate has ${mate.length} entries, expected ${n}`);
  if (u.length < n || z.length !== total || total < n) fail('dual arrays have the wrong size');

  let matchedVertices = 0;
  for (let v = 0; v < n; v++) {
    const w = mate[v]!;
    if (w === -1) {
      if (u[v] !== 0) fail(`exposed vertex ${v} has dual ${u[v]}`);
      continue;
    }
    if (!Number.isInteger(w) || w < 0 || w >= n || w === v || mate[w] !== v)
      fail(`mate of ${v} is inconsistent`);
    matchedVertices++;
  }
  for (let v = 0; v < n; v++) if (!(u[v]! >= 0)) fail(`vertex ${v} has negative dual ${u[v]}`);
  for (let x = 0; x < total; x++) {
    if (!(z[x]! >= 0)) fail(`blossom ${x} has negative dual ${z[x]}`);
    if (x < n && z[x] !== 0) fail(`vertex ${x} carries a blossom dual`);
    const p = parent[x]!;
    if (p !== -1 && (p < n || p >= total)) fail(`node ${x} has an invalid parent ${p}`);
  }

  // Children lists of the blossom forest (CSR).
  const childStart = new Int32Array(total + 1);
  for (let x = 0; x < total; x++) if (parent[x] !== -1) childStart[parent[x]! + 1]!++;
  for (let x = 0; x < total; x++) childStart[x + 1]! += childStart[x]!;
  const fill = childStart.slice(0, total);
  const childList = new Int32Array(childStart[total]!);
  for (let x = 0; x < total; x++) if (parent[x] !== -1) childList[fill[parent[x]!]!++] = x;

  // Incident edges per vertex (the LCA queries).
  const adjStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    adjStart[eu[e]! + 1]!++;
    adjStart[ev[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) adjStart[v + 1]! += adjStart[v]!;
  const afill = adjStart.slice(0, n);
  const adjEdge = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    adjEdge[afill[eu[e]!]!++] = e;
    adjEdge[afill[ev[e]!]!++] = e;
  }

  const uf = new Int32Array(total);
  const ufSize = new Int32Array(total).fill(1);
  const ancestor = new Int32Array(total);
  const rootOf = new Int32Array(total).fill(-1);
  const zPrefix = new Float64Array(total);
  const leaves = new Int32Array(total);
  const inside = new Float64Array(total);
  const lcaOf = new Int32Array(m).fill(-2);
  const find = (x: number): number => {
    let r = x;
    while (uf[r] !== r) r = uf[r]!;
    while (uf[x] !== r) {
      const next = uf[x]!;
      uf[x] = r;
      x = next;
    }
    return r;
  };

  const stackNode = new Int32Array(total);
  const stackNext = new Int32Array(total);
  let visited = 0;
  for (let root = 0; root < total; root++) {
    if (parent[root] !== -1) continue;
    let sp = 0;
    stackNode[sp] = root;
    stackNext[sp] = childStart[root]!;
    sp++;
    uf[root] = root;
    ancestor[root] = root;
    rootOf[root] = root;
    zPrefix[root] = z[root]!;
    visited++;
    while (sp > 0) {
      const x = stackNode[sp - 1]!;
      const next = stackNext[sp - 1]!;
      if (x < n && next === childStart[x]!) {
        // A vertex: answer its edges whose other end was already reached.
        leaves[x] = 1;
        for (let k = adjStart[x]!; k < adjStart[x + 1]!; k++) {
          const e = adjEdge[k]!;
          const other = eu[e] === x ? ev[e]! : eu[e]!;
          if (rootOf[other] === -1) continue;
          lcaOf[e] = rootOf[other] === root ? ancestor[find(other)]! : -1;
        }
      }
      if (next < childStart[x + 1]!) {
        stackNext[sp - 1] = next + 1;
        const c = childList[next]!;
        if (rootOf[c] !== -1) fail(`blossom forest revisits node ${c}`);
        uf[c] = c;
        ancestor[c] = c;
        rootOf[c] = root;
        zPrefix[c] = z[c]! + zPrefix[x]!;
        visited++;
        stackNode[sp] = c;
        stackNext[sp] = childStart[c]!;
        sp++;
        if (x < n) fail(`vertex ${x} has children in the blossom forest`);
      } else {
        sp--;
        if (sp > 0) {
          const p = stackNode[sp - 1]!;
          // Union by size plus path compression keeps finds near-constant.
          let rx = find(x);
          let rp = find(p);
          if (ufSize[rx]! > ufSize[rp]!) [rx, rp] = [rp, rx];
          uf[rx] = rp;
          ufSize[rp] = ufSize[rp]! + ufSize[rx]!;
          ancestor[rp] = p;
          leaves[p] = leaves[p]! + leaves[x]!;
        }
      }
    }
  }
  if (visited !== total) fail('blossom forest has a cycle');

  let matchedEdges = 0;
  for (let e = 0; e < m; e++) {
    const a = eu[e]!;
    const b = ev[e]!;
    const lca = lcaOf[e]!;
    if (lca === -2) fail(`edge ${e} was not reached`);
    const slack = u[a]! + u[b]! + (lca >= 0 ? zPrefix[lca]! : 0) - 4 * weight[e]!;
    if (slack < 0) fail(`edge ${a}-${b} has negative slack ${slack}`);
    if (mate[a] === b) {
      if (slack !== 0) fail(`matched edge ${a}-${b} has slack ${slack}`);
      matchedEdges++;
      if (lca >= 0) inside[lca] = inside[lca]! + 2;
    }
  }
  if (2 * matchedEdges !== matchedVertices) fail('a matched pair is not an edge of the graph');

  // Subtree sums of matched vertices inside each blossom: children have larger DFS depth,
  // so accumulate along parent pointers in an order where children come first.
  const order = new Int32Array(total);
  let head = 0;
  let tail = 0;
  for (let x = 0; x < total; x++) if (parent[x] === -1) order[tail++] = x;
  while (head < tail) {
    const x = order[head++]!;
    for (let k = childStart[x]!; k < childStart[x + 1]!; k++) order[tail++] = childList[k]!;
  }
  for (let i = total - 1; i >= 0; i--) {
    const x = order[i]!;
    const p = parent[x]!;
    if (p !== -1) inside[p] = inside[p]! + inside[x]!;
  }
  for (let x = n; x < total; x++) {
    if (z[x]! > 0 && inside[x] !== leaves[x]! - 1) {
      fail(`blossom ${x} has a positive dual but ${inside[x]} of its ${leaves[x]} vertices matched inside`);
    }
  }

  if (graph.cardinalityBonus > 0) {
    const pairs = Math.floor(graph.activeVertices / 2);
    if (!(graph.cardinalityBonus > graph.weightRange * Math.max(0, pairs - 1))) {
      fail('cardinality bonus too small to force a maximum-cardinality matching');
    }
  }
}
