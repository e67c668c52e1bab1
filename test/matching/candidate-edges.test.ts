import { describe, expect, it } from 'vitest';
import { syntheticHistory, syntheticMembers } from '../../bench/synthetic-community.ts';
import { candidateEdges, DEFAULT_CANDIDATES } from '../../src/matching/candidate-edges.ts';
import { commonGround } from '../../src/matching/common-ground.ts';
import { buildMatchContext } from '../../src/matching/match-context.ts';
import { mulberry32 } from '../../src/matching/random.ts';
import { scorePair } from '../../src/matching/score-pair.ts';
import { member } from './roster.ts';

describe('candidateEdges', () => {
  it('lists only eligible pairs with common ground, each once, with exact scores', () => {
    const members = syntheticMembers({ members: 600, seed: 5 });
    const { ctx } = buildMatchContext(members, { history: syntheticHistory(members, 6, 6) });
    const edges = candidateEdges(ctx, mulberry32(1), DEFAULT_CANDIDATES);
    const seen = new Set<string>();
    for (let i = 0; i < edges.length; i++) {
      const [u, v] = [edges.from[i]!, edges.to[i]!];
      const key = u < v ? `${u} ${v}` : `${v} ${u}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(u).not.toBe(v);
      expect(ctx.rules.exclusion(u, v)).toBeNull();
      expect(commonGround(ctx.index, u, v)).toBeGreaterThan(0);
      expect(edges.score[i]).toBeCloseTo(scorePair(ctx, u, v), 9);
    }
  });

  it('finds the only other holder of a rare interest even among thousands sharing a common one', () => {
    const members = [
      member('a', ['reading', 'falconry']),
      member('b', ['reading', 'falconry']),
      ...Array.from({ length: 3000 }, (_, i) => member(`r${i}`, ['reading'])),
    ];
    const { ctx } = buildMatchContext(members);
    const edges = candidateEdges(ctx, mulberry32(1), { ...DEFAULT_CANDIDATES, scanCap: 50 });
    expect(edges.has(0, 1)).toBe(true);
  });

  it('keeps the work per member bounded, so 20,000 members take about a second', () => {
    const members = syntheticMembers({ members: 20_000, seed: 7 });
    const { ctx } = buildMatchContext(members);
    const start = performance.now();
    const edges = candidateEdges(ctx, mulberry32(1), DEFAULT_CANDIDATES);
    expect((performance.now() - start) / 1000).toBeLessThan(15);
    expect(edges.length).toBeLessThan(20_000 * (DEFAULT_CANDIDATES.topK + DEFAULT_CANDIDATES.exploration));
  });
});
