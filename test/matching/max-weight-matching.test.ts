import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  maxWeightMatching,
  maxWeightMatchingWithCertificate,
  verifyOptimum,
  type MatchingSolution,
  type WeightedEdges,
} from '../../src/matching/max-weight-matching.ts';
import { bruteForceMatching } from './brute-force-matching.ts';
import { mulberry32 } from '../../src/matching/random.ts';

type Edge = [number, number, number];

/** Checks `mate` is a matching over the input edges; returns its weight and size. */
function matchingValue(edges: WeightedEdges, mate: readonly number[]): { weight: number; pairs: number } {
  const best = new Map<string, number>();
  let n = 0;
  for (const [a, b, w] of edges) {
    n = Math.max(n, a + 1, b + 1);
    if (a === b) continue;
    const key = `${Math.min(a, b)},${Math.max(a, b)}`;
    best.set(key, Math.max(best.get(key) ?? -Infinity, w));
  }
  expect(mate).toHaveLength(n);
  let weight = 0;
  let pairs = 0;
  mate.forEach((m, v) => {
    if (m === -1) return;
    expect(mate[m]).toBe(v);
    if (m < v) return;
    const w = best.get(`${v},${m}`);
    expect(w, `pair ${v}-${m} is not an edge`).toBeDefined();
    weight += w!;
    pairs++;
  });
  return { weight, pairs };
}

/** Solves with and without the warm start, checks both certificates, returns the warm one. */
function solveChecked(edges: WeightedEdges, maxCardinality: boolean): MatchingSolution {
  const warm = maxWeightMatchingWithCertificate(edges, maxCardinality);
  verifyOptimum(edges, maxCardinality, warm);
  const cold = maxWeightMatchingWithCertificate(edges, maxCardinality, { warmStart: false });
  verifyOptimum(edges, maxCardinality, cold);
  const a = matchingValue(edges, warm.mate);
  const b = matchingValue(edges, cold.mate);
  if (maxCardinality) expect(a.pairs).toBe(b.pairs);
  expect(a.weight).toBeCloseTo(b.weight, 9);
  return warm;
}

function expectOptimal(edges: WeightedEdges, maxCardinality: boolean, label: string): void {
  const solution = solveChecked(edges, maxCardinality);
  const got = matchingValue(edges, solution.mate);
  const want = bruteForceMatching(edges, maxCardinality);
  const tolerance = 1e-9 * (1 + Math.abs(want.weight));
  if (Math.abs(got.weight - want.weight) > tolerance || (maxCardinality && got.pairs !== want.pairs)) {
    throw new Error(
      `${label}: got weight ${got.weight} (${got.pairs} pairs), optimum ${want.weight} (${want.pairs} pairs), edges ${JSON.stringify(edges)}`,
    );
  }
}

describe('maxWeightMatching: contract', () => {
  it('returns an empty array for an empty edge list', () => {
    expect(maxWeightMatching([])).toEqual([]);
    expect(maxWeightMatching([], true)).toEqual([]);
  });

  it('matches the two ends of a single edge', () => {
    expect(maxWeightMatching([[0, 1, 1]])).toEqual([1, 0]);
  });

  it('sizes the result by the largest vertex id, leaving unseen vertices at -1', () => {
    expect(maxWeightMatching([[1, 3, 2]])).toEqual([-1, 3, -1, 1]);
  });

  it('prefers one heavy edge over two light ones when that weighs more', () => {
    expect(
      maxWeightMatching([
        [0, 1, 5],
        [1, 2, 11],
        [2, 3, 5],
      ]),
    ).toEqual([-1, 2, 1, -1]);
    expect(
      maxWeightMatching([
        [0, 1, 6],
        [1, 2, 11],
        [2, 3, 6],
      ]),
    ).toEqual([1, 0, 3, 2]);
  });

  it('with maxCardinality takes more pairs even when they weigh less', () => {
    expect(
      maxWeightMatching(
        [
          [0, 1, 1],
          [1, 2, 20],
          [2, 3, 1],
        ],
        true,
      ),
    ).toEqual([1, 0, 3, 2]);
  });

  it('ignores self-loops but counts their vertex', () => {
    expect(
      maxWeightMatching([
        [0, 0, 100],
        [1, 2, 1],
      ]),
    ).toEqual([-1, 2, 1]);
    expect(maxWeightMatching([[4, 4, 1]])).toEqual([-1, -1, -1, -1, -1]);
  });

  it('keeps the heaviest of parallel edges', () => {
    // 0-1 is worth 9 through its second copy, beating 1-2 (7).
    expect(
      maxWeightMatching([
        [0, 1, 2],
        [1, 2, 7],
        [1, 0, 9],
      ]),
    ).toEqual([1, 0, -1]);
    expect(
      maxWeightMatching([
        [0, 1, 9],
        [1, 2, 7],
        [1, 0, 2],
      ]),
    ).toEqual([1, 0, -1]);
  });

  it('never uses negative or zero edges unless maximising cardinality', () => {
    expect(
      maxWeightMatching([
        [0, 1, -3],
        [2, 3, 0],
      ]),
    ).toEqual([-1, -1, -1, -1]);
    expect(
      maxWeightMatching(
        [
          [0, 1, -3],
          [2, 3, 0],
        ],
        true,
      ),
    ).toEqual([1, 0, 3, 2]);
    expect(
      maxWeightMatching(
        [
          [0, 1, -3],
          [1, 2, -1],
          [2, 3, -3],
        ],
        true,
      ),
    ).toEqual([1, 0, 3, 2]);
  });

  it('handles float weights', () => {
    expect(
      maxWeightMatching([
        [0, 1, 0.3],
        [1, 2, 0.5],
        [2, 3, 0.3],
      ]),
    ).toEqual([1, 0, 3, 2]);
    expect(
      maxWeightMatching([
        [0, 1, 0.2],
        [1, 2, 0.5],
        [2, 3, 0.2],
      ]),
    ).toEqual([-1, 2, 1, -1]);
    expect(
      maxWeightMatching([
        [0, 1, 1e-12],
        [1, 2, 3e-12],
      ]),
    ).toEqual([-1, 2, 1]);
    expect(
      maxWeightMatching([
        [0, 1, 1e15 + 0.5],
        [1, 2, 2e15],
      ]),
    ).toEqual([-1, 2, 1]);
  });

  it('keeps integer weights beyond 2^44 optimal by scaling them down', () => {
    const big = 2 ** 50;
    const edges: Edge[] = [
      [0, 1, big],
      [1, 2, big + 2 ** 47],
      [2, 3, big],
    ];
    const solution = solveChecked(edges, false);
    expect(solution.mate).toEqual([1, 0, 3, 2]);
  });

  it('throws a TypeError for non-finite weights and invalid vertex ids', () => {
    expect(() => maxWeightMatching([[0, 1, Number.NaN]])).toThrow(TypeError);
    expect(() => maxWeightMatching([[0, 1, Infinity]])).toThrow(TypeError);
    expect(() => maxWeightMatching([[0, 1, -Infinity]], true)).toThrow(TypeError);
    expect(() => maxWeightMatching([[-1, 1, 1]])).toThrow(TypeError);
    expect(() => maxWeightMatching([[0, 1.5, 1]])).toThrow(TypeError);
    expect(() => maxWeightMatching([[0, Number.NaN, 1]])).toThrow(TypeError);
  });

  it('returns the same matching as the certificate-producing variant', () => {
    const edges: Edge[] = [
      [0, 1, 4],
      [1, 2, 6],
      [2, 0, 5],
      [2, 3, 3],
      [3, 4, 6],
      [4, 5, 2],
    ];
    expect(maxWeightMatching(edges)).toEqual(maxWeightMatchingWithCertificate(edges).mate);
  });
});

// Small graphs whose solution passes through the delicate steps of the blossom method. They
// were picked because they trigger the named event when started from the empty matching
// (the textbook path); each is also solved with the warm start and checked against
// exhaustive enumeration and the dual certificate.
describe('maxWeightMatching: blossom situations', () => {
  const cases: Array<{
    name: string;
    edges: Edge[];
    weight: number;
    event: (s: MatchingSolution['stats']) => boolean;
  }> = [
    {
      name: 'augments through a freshly formed blossom (triangle with a pendant edge)',
      edges: [
        [0, 1, 7],
        [0, 2, 8],
        [1, 2, 9],
        [2, 3, 6],
      ],
      weight: 13,
      event: (s) => s.blossomsFormed >= 1,
    },
    {
      name: 'forms a blossom that contains another blossom',
      edges: [
        [0, 1, 5],
        [0, 2, 17],
        [0, 3, 2],
        [0, 4, 27],
        [1, 4, 29],
        [2, 3, 17],
      ],
      weight: 46,
      event: (s) => s.nestedBlossomsFormed >= 1,
    },
    {
      name: 'labels an existing blossom odd and augments through it without expanding it',
      edges: [
        [0, 1, 27],
        [0, 2, 25],
        [1, 2, 27],
        [2, 4, 4],
        [2, 5, 7],
      ],
      weight: 34,
      event: (s) => s.oddBlossomLabels >= 1 && s.blossomsExpanded === 0,
    },
    {
      name: 'expands an odd blossom whose dual reached zero',
      edges: [
        [0, 2, 19],
        [1, 2, 22],
        [1, 3, 15],
        [1, 4, 5],
        [2, 3, 27],
      ],
      weight: 34,
      event: (s) => s.oddBlossomLabels >= 1 && s.blossomsExpanded >= 1,
    },
    {
      name: 'expands an odd blossom that holds a nested blossom, twice in one run',
      edges: [
        [0, 1, 24],
        [0, 4, 25],
        [1, 4, 20],
        [1, 7, 23],
        [2, 4, 13],
        [4, 5, 21],
        [4, 6, 17],
        [5, 7, 24],
      ],
      weight: 65,
      event: (s) => s.nestedExpansions >= 1 && s.blossomsExpanded >= 2,
    },
    {
      name: 'lets a vertex inside a blossom end exposed when its dual reaches zero',
      edges: [
        [0, 3, 23],
        [0, 4, 29],
        [3, 4, 19],
      ],
      weight: 29,
      event: (s) => s.retirements >= 1 && s.blossomsFormed >= 1,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const cold = maxWeightMatchingWithCertificate(c.edges, false, { warmStart: false });
      expect(c.event(cold.stats)).toBe(true);
      expect(matchingValue(c.edges, cold.mate).weight).toBe(c.weight);
      expectOptimal(c.edges, false, c.name);
      expectOptimal(c.edges, true, c.name);
    });
  }

  it('finds the optimum on an odd cycle of blossoms joined by heavy spokes', () => {
    // Three triangles joined in a ring, each with a pendant: blossoms inside blossoms.
    const edges: Edge[] = [
      [0, 1, 10],
      [1, 2, 10],
      [2, 0, 10],
      [3, 4, 10],
      [4, 5, 10],
      [5, 3, 10],
      [6, 7, 10],
      [7, 8, 10],
      [8, 6, 10],
      [2, 3, 12],
      [5, 6, 12],
      [8, 0, 12],
      [1, 9, 4],
      [4, 10, 4],
      [7, 11, 4],
    ];
    expectOptimal(edges, false, 'ring of triangles');
    expectOptimal(edges, true, 'ring of triangles');
  });
});

describe('maxWeightMatching: random small graphs against exhaustive enumeration', () => {
  type Kind = 'integer' | 'negative' | 'float' | 'tied';
  const weightOf: Record<Kind, (rng: () => number) => number> = {
    integer: (rng) => 1 + Math.floor(rng() * 20),
    negative: (rng) => Math.floor(rng() * 21) - 10,
    float: (rng) => (rng() - 0.1) * 7.3,
    tied: (rng) => 1 + Math.floor(rng() * 2),
  };

  function randomGraph(rng: () => number, kind: Kind): Edge[] {
    const n = 1 + Math.floor(rng() * 10);
    const density = 0.15 + rng() * 0.85;
    const edges: Edge[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (rng() >= density) continue;
        const w = weightOf[kind](rng);
        edges.push(rng() < 0.5 ? [i, j, w] : [j, i, w]);
        // Occasionally a parallel copy or a self-loop, which the contract says to tolerate.
        if (rng() < 0.03) edges.push([j, i, weightOf[kind](rng)]);
        if (rng() < 0.02) edges.push([i, i, 50]);
      }
    }
    return edges;
  }

  const kinds: Kind[] = ['integer', 'negative', 'float', 'tied'];
  const perCase = 600;
  for (const kind of kinds) {
    for (const maxCardinality of [false, true]) {
      it(`${kind} weights${maxCardinality ? ', maximum cardinality' : ''}: ${perCase} graphs reach the enumerated optimum`, () => {
        const rng = mulberry32(kinds.indexOf(kind) * 1000 + (maxCardinality ? 7 : 3));
        for (let i = 0; i < perCase; i++) {
          const edges = randomGraph(rng, kind);
          if (edges.length === 0) continue;
          expectOptimal(edges, maxCardinality, `${kind} #${i}`);
        }
      });
    }
  }
});

describe('maxWeightMatching: medium random graphs, dual certificate', () => {
  const require = createRequire(import.meta.url);
  const reference = require('edmonds-blossom-fixed') as (
    edges: number[][],
    maxCardinality?: boolean,
  ) => number[];

  function sparseGraph(seed: number, n: number, degree: number, maxWeight: number): Edge[] {
    const rng = mulberry32(seed);
    const edges: Edge[] = [];
    for (let a = 0; a < n; a++) {
      for (let k = 0; k < degree / 2; k++) {
        const b = Math.floor(rng() * n);
        if (b !== a) edges.push([a, b, 1 + Math.floor(rng() * maxWeight)]);
      }
    }
    return edges;
  }

  const sizes: Array<[number, number, number]> = [
    [200, 30, 1000],
    [500, 6, 10],
    [1000, 30, 1000],
    [2000, 12, 3],
  ];
  for (const [n, degree, maxWeight] of sizes) {
    it(`n=${n}, degree ~${degree}, weights 1..${maxWeight}: certificates hold with and without maxCardinality`, () => {
      const edges = sparseGraph(n + degree, n, degree, maxWeight);
      for (const maxCardinality of [false, true]) {
        const solution = solveChecked(edges, maxCardinality);
        matchingValue(edges, solution.mate);
      }
    });
  }

  it('n=300: agrees in total weight with the edmonds-blossom-fixed package', () => {
    for (const [seed, maxCardinality] of [
      [11, false],
      [12, true],
    ] as const) {
      const edges = sparseGraph(seed, 300, 10, 100);
      const ours = matchingValue(edges, maxWeightMatching(edges, maxCardinality));
      const theirs = matchingValue(
        edges,
        reference(
          edges.map((e) => [...e]),
          maxCardinality,
        ),
      );
      expect(ours).toEqual(theirs);
    }
  });

  it('follows alternating paths thousands of edges long (long path, long odd cycle)', () => {
    const n = 20001;
    const path: Edge[] = Array.from({ length: n - 1 }, (_, i) => [i, i + 1, 5] as Edge);
    const cycle: Edge[] = [...path, [n - 1, 0, 5]];
    for (const edges of [path, cycle]) {
      for (const warmStart of [true, false]) {
        const solution = maxWeightMatchingWithCertificate(edges, true, { warmStart });
        verifyOptimum(edges, true, solution);
        expect(matchingValue(edges, solution.mate).pairs).toBe((n - 1) / 2);
      }
    }
    // Weights rising along the path: the heaviest edge at each step is taken first.
    const rising: Edge[] = Array.from({ length: 3000 }, (_, i) => [i, i + 1, i + 1] as Edge);
    const solution = solveChecked(rising, false);
    expect(matchingValue(rising, solution.mate).weight).toBe(1500 * 1501);
  });

  it('float weights on n=1000: the certificate holds for the scaled integers', () => {
    const rng = mulberry32(99);
    const edges: Edge[] = sparseGraph(5, 1000, 10, 10).map(([a, b]) => [a, b, rng() * 3 - 0.5]);
    solveChecked(edges, false);
    solveChecked(edges, true);
  });
});

describe('verifyOptimum', () => {
  const edges: Edge[] = [
    [0, 1, 6],
    [1, 2, 8],
    [2, 0, 7],
    [2, 3, 5],
    [3, 4, 9],
    [4, 5, 3],
    [5, 0, 4],
  ];

  it('accepts the solver output', () => {
    expect(() => verifyOptimum(edges, false, maxWeightMatchingWithCertificate(edges))).not.toThrow();
  });

  it('rejects a matching that is not optimal for the given duals', () => {
    const solution = maxWeightMatchingWithCertificate(edges);
    const mate = new Array<number>(solution.mate.length).fill(-1);
    mate[0] = 1;
    mate[1] = 0;
    expect(() => verifyOptimum(edges, false, { ...solution, mate })).toThrow(/certificate rejected/);
  });

  it('rejects duals that leave an edge uncovered', () => {
    const solution = maxWeightMatchingWithCertificate(edges);
    const vertexDual = solution.certificate.vertexDual.slice();
    const v = solution.mate.findIndex((m) => m !== -1);
    vertexDual[v] = vertexDual[v]! - 4;
    const certificate = { ...solution.certificate, vertexDual };
    expect(() => verifyOptimum(edges, false, { ...solution, certificate })).toThrow(/certificate rejected/);
  });

  it('with maxCardinality, rejects a heavier matching that is one pair short', () => {
    // Optimal by weight alone is the middle edge; with maxCardinality the two outer ones.
    const path: Edge[] = [
      [0, 1, 1],
      [1, 2, 20],
      [2, 3, 1],
    ];
    const solution = maxWeightMatchingWithCertificate(path, true);
    expect(() => verifyOptimum(path, true, solution)).not.toThrow();
    expect(() => verifyOptimum(path, true, { ...solution, mate: [-1, 2, 1, -1] })).toThrow(
      /certificate rejected/,
    );
  });

  it('rejects a pair that is not an edge', () => {
    const solution = maxWeightMatchingWithCertificate([
      [0, 1, 1],
      [2, 3, 1],
    ]);
    expect(() =>
      verifyOptimum(
        [
          [0, 1, 1],
          [2, 3, 1],
        ],
        false,
        { ...solution, mate: [2, 3, 0, 1] },
      ),
    ).toThrow(/certificate rejected/);
  });
});
