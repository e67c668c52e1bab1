import type { EdgeSet } from '../edge-set.ts';

/**
 * Each member's best candidate partners (at most `limit`, best first), as compact arrays
 * the search can scan quickly. The cap matters: a popular member sits in hundreds of
 * others' candidate lists, and scanning all of their groups on every step would dominate
 * the search without finding better groups.
 */
export function neighbourLists(edges: EdgeSet, size: number, limit: number): Int32Array[] {
  const all: Array<Array<[number, number]>> = Array.from({ length: size }, () => []);
  for (let i = 0; i < edges.length; i++) {
    const u = edges.from[i]!;
    const v = edges.to[i]!;
    all[u]!.push([v, edges.score[i]!]);
    all[v]!.push([u, edges.score[i]!]);
  }
  return all.map((list) =>
    Int32Array.from(
      list
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .map(([v]) => v),
    ),
  );
}
