/**
 * Compressed adjacency for the solver. Edge e has endpoints 2e (its first vertex) and 2e+1
 * (its second); each vertex's slots list the remote endpoint, the neighbour and four times
 * the weight side by side, so scans read memory sequentially. Each loop is a small function
 * of its own so it gets compiled separately (see normalize.ts).
 */
import type { NormalizedGraph } from './normalize.ts';

export interface Adjacency {
  /** Vertex at each endpoint. */
  endV: Int32Array;
  /** Slots of vertex v: adjStart[v] .. adjStart[v + 1] - 1. */
  adjStart: Int32Array;
  /** Remote endpoint per slot. */
  adjP: Int32Array;
  /** Neighbour per slot. */
  adjV: Int32Array;
  /** Four times the edge weight per slot. */
  adjW: Float64Array;
}

export function buildAdjacency(graph: NormalizedGraph): Adjacency {
  const m = graph.m;
  const endV = endpoints(graph);
  const adjStart = degreeOffsets(graph.n, graph);
  const adjP = new Int32Array(2 * m);
  const adjV = new Int32Array(2 * m);
  const adjW = new Float64Array(2 * m);
  fillAdjacency(graph, adjStart, adjP, adjV, adjW);
  return { endV, adjStart, adjP, adjV, adjW };
}

function endpoints(graph: NormalizedGraph): Int32Array {
  const { m, eu, ev } = graph;
  const endV = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    endV[2 * e] = eu[e]!;
    endV[2 * e + 1] = ev[e]!;
  }
  return endV;
}

function degreeOffsets(n: number, graph: NormalizedGraph): Int32Array {
  const { m, eu, ev } = graph;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    start[eu[e]! + 1]!++;
    start[ev[e]! + 1]!++;
  }
  prefixSums(start);
  return start;
}

function prefixSums(a: Int32Array): void {
  for (let i = 1; i < a.length; i++) a[i] = a[i]! + a[i - 1]!;
}

function fillAdjacency(
  graph: NormalizedGraph,
  adjStart: Int32Array,
  adjP: Int32Array,
  adjV: Int32Array,
  adjW: Float64Array,
): void {
  const { m, eu, ev, weight } = graph;
  const fill = adjStart.slice(0, adjStart.length - 1);
  for (let e = 0; e < m; e++) {
    const a = eu[e]!;
    const b = ev[e]!;
    const w4 = 4 * weight[e]!;
    let k = fill[a]!++;
    adjP[k] = 2 * e + 1;
    adjV[k] = b;
    adjW[k] = w4;
    k = fill[b]!++;
    adjP[k] = 2 * e;
    adjV[k] = a;
    adjW[k] = w4;
  }
}
