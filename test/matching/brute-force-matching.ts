/**
 * Test oracle: the best matching by exhaustive enumeration, for graphs of up to ~12
 * vertices. Deliberately naive and independent of the blossom code: a weight matrix with
 * the heaviest parallel edge, then every matching via "leave the lowest free vertex
 * exposed, or pair it with each free neighbour".
 */
export interface BruteForceBest {
  /** Total weight of the best matching. */
  weight: number;
  /** Its number of pairs. */
  pairs: number;
}

export function bruteForceMatching(
  edges: ReadonlyArray<readonly [number, number, number]>,
  maxCardinality: boolean,
): BruteForceBest {
  let n = 0;
  for (const [a, b] of edges) n = Math.max(n, a + 1, b + 1);
  const w: Array<Array<number | undefined>> = Array.from(
    { length: n },
    () => new Array<number | undefined>(n),
  );
  for (const [a, b, x] of edges) {
    if (a === b) continue;
    const old = w[a]![b];
    if (old === undefined || x > old) {
      w[a]![b] = x;
      w[b]![a] = x;
    }
  }

  const used = new Array<boolean>(n).fill(false);
  let best: BruteForceBest = { weight: 0, pairs: 0 };
  const better = (weight: number, pairs: number): boolean =>
    maxCardinality
      ? pairs > best.pairs || (pairs === best.pairs && weight > best.weight)
      : weight > best.weight;

  const search = (from: number, weight: number, pairs: number): void => {
    let v = from;
    while (v < n && used[v]) v++;
    if (v >= n) {
      if (better(weight, pairs)) best = { weight, pairs };
      return;
    }
    used[v] = true;
    search(v + 1, weight, pairs);
    for (let u = v + 1; u < n; u++) {
      const x = w[v]![u];
      if (used[u] || x === undefined) continue;
      used[u] = true;
      search(v + 1, weight + x, pairs + 1);
      used[u] = false;
    }
    used[v] = false;
  };
  search(0, 0, 0);
  return best;
}
