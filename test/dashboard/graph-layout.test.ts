import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/http/dashboard/graph/build-graph.ts';
import { buildGraph } from '../../src/http/dashboard/graph/build-graph.ts';
import {
  clusterLayout,
  MAX_CLUSTERS,
  OTHER_INTERESTS,
} from '../../src/http/dashboard/graph/cluster-layout.ts';
import { GRAPH_SIZE } from '../../src/http/dashboard/graph/graph-svg.ts';
import { mulberry32 } from '../../src/matching/random.ts';

/** n members, each with one of `interests` interests, paired at random once per round. */
function community(n: number, rounds: number, interests: number): Graph {
  const rng = mulberry32(3);
  const edges: Graph['edges'] = [];
  for (let r = 0; r < rounds; r++) {
    const order = Array.from({ length: n }, (_, i) => i).sort(() => rng() - 0.5);
    for (let i = 0; i + 1 < n; i += 2) edges.push({ a: order[i]!, b: order[i + 1]!, outcome: 'genuine' });
  }
  const nodes = Array.from({ length: n }, (_, i) => ({
    memberId: i + 1,
    userId: `u${i + 1}`,
    name: null,
    left: false,
    degree: edges.filter((e) => e.a === i || e.b === i).length,
    interest: `interest ${Math.floor(i ** 1.3) % interests}`,
  }));
  return { nodes, edges };
}

describe('connection graph layout', () => {
  it('puts every member inside the frame, inside their own group, without two dots touching', () => {
    const graph = community(1000, 6, 40);
    const layout = clusterLayout(graph, GRAPH_SIZE);
    const { x, y, dot } = layout;
    for (let i = 0; i < 1000; i++) {
      expect(x[i]).toBeGreaterThanOrEqual(GRAPH_SIZE.margin - 1e-6);
      expect(x[i]).toBeLessThanOrEqual(GRAPH_SIZE.width - GRAPH_SIZE.margin + 1e-6);
      expect(y[i]).toBeGreaterThanOrEqual(GRAPH_SIZE.margin - 1e-6);
      expect(y[i]).toBeLessThanOrEqual(GRAPH_SIZE.height - GRAPH_SIZE.margin + 1e-6);
    }
    let closest = Infinity;
    for (let i = 0; i < 1000; i++) {
      for (let j = i + 1; j < 1000; j++)
        closest = Math.min(closest, Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!));
    }
    expect(closest).toBeGreaterThan(2 * dot);
    expect(dot).toBeGreaterThanOrEqual(1.6);
  });

  it('keeps at most MAX_CLUSTERS labelled groups, merging the smallest, and no two groups overlap', () => {
    const { clusters } = clusterLayout(community(1000, 6, 40), GRAPH_SIZE);
    expect(clusters).toHaveLength(MAX_CLUSTERS);
    expect(clusters.at(-1)!.label).toBe(OTHER_INTERESTS);
    expect(clusters.reduce((s, c) => s + c.size, 0)).toBe(1000);
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const [a, b] = [clusters[i]!, clusters[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
      }
    }
  });

  it('gives the same picture every time', () => {
    const graph = community(200, 4, 10);
    expect([...clusterLayout(graph, GRAPH_SIZE).x]).toEqual([...clusterLayout(graph, GRAPH_SIZE).x]);
  });

  it('lays out 1,000 members and 3,000 intros in a few milliseconds', () => {
    const graph = community(1000, 6, 40);
    const started = performance.now();
    clusterLayout(graph, GRAPH_SIZE);
    const ms = performance.now() - started;
    console.info(`cluster layout, 1000 members / ${graph.edges.length} pairs: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(500);
  });

  it('keeps one edge per pair with its best outcome, and groups a member by the interest their intros shared most', () => {
    const row = (a: number, b: number, outcome: 'genuine' | 'none' | 'no_show', interests: string[]) => ({
      a,
      b,
      outcome,
      aUserId: `u${a}`,
      bUserId: `u${b}`,
      aName: null,
      bName: null,
      aLeft: false,
      bLeft: false,
      interests,
    });
    const graph = buildGraph([
      row(1, 2, 'none', ['chess']),
      row(1, 2, 'genuine', ['chess', 'hiking']),
      row(2, 3, 'no_show', ['hiking']),
      row(4, 5, 'none', []),
    ]);
    expect(graph.nodes.map((n) => [n.degree, n.interest])).toEqual([
      [1, 'chess'],
      [2, 'chess'],
      [1, 'hiking'],
      [1, null],
      [1, null],
    ]);
    expect(graph.edges.slice(0, 2)).toEqual([
      { a: 0, b: 1, outcome: 'genuine' },
      { a: 1, b: 2, outcome: 'no_show' },
    ]);
  });
});
