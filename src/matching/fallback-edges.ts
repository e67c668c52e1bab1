import type { EdgeSet } from './edge-set.ts';
import { randomInt, type Rng } from './random.ts';
import { scorePair, type ScoreContext } from './score-pair.ts';

/**
 * Last-resort edges for members who would otherwise sit out: to the others at risk (they
 * have nobody either) and to a random sample of the roster, so the matcher can reroute an
 * existing pair to make room. These pairs may share nothing, so they carry the small
 * fallback score, but blocks and the cooldown still hold. Returns how many were added.
 */
export function fallbackEdges(
  ctx: ScoreContext,
  rng: Rng,
  atRisk: ReadonlyArray<number>,
  edges: EdgeSet,
  perMember: number,
): number {
  const { index, rules } = ctx;
  const before = edges.length;
  const tryAdd = (u: number, v: number): void => {
    if (u !== v && !edges.has(u, v) && rules.exclusion(u, v) === null) edges.add(u, v, scorePair(ctx, u, v));
  };
  const allAtRisk = atRisk.length <= 4 * perMember;
  for (const u of atRisk) {
    if (allAtRisk) for (const v of atRisk) tryAdd(u, v);
    else for (let i = 0; i < perMember; i++) tryAdd(u, atRisk[randomInt(rng, atRisk.length)]!);
    for (let i = 0; i < perMember; i++) tryAdd(u, randomInt(rng, index.size));
  }
  return edges.length - before;
}
