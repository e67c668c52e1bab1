import { fallbackEdges } from './fallback-edges.ts';
import { formGroups, type GroupsAndLeftovers } from './form-groups.ts';
import { pairMembers, solveMatching, type PairingOptions } from './pair-members.ts';
import type { Rng } from './random.ts';
import type { ScoreContext } from './score-pair.ts';

// Each retry re-solves the whole matching; two are enough for the cases that occur (an odd
// member whose only possible partners sit with someone they blocked).
const RETRIES = 2;

/**
 * Pairs the roster and forms the groups. When someone is left over who could have met
 * somebody, the matching is solved again favouring them, so that a member who can join a
 * trio is the one left over instead; the result with the fewest people sitting out wins
 * (the first on a tie, so priorities from the previous round still decide).
 */
export function groupRound(ctx: ScoreContext, rng: Rng, options: PairingOptions): GroupsAndLeftovers {
  const { mates, edges } = pairMembers(ctx, rng, options);
  let best = formGroups(ctx, mates);
  const favoured = new Set<number>();
  for (let retry = 0; retry < RETRIES; retry++) {
    const stuck = best.left.filter((x) => hasEligiblePartner(ctx, x) && !favoured.has(x));
    if (stuck.length === 0) break;
    for (const x of stuck) favoured.add(x);
    fallbackEdges(ctx, rng, stuck, edges, options.fallback);
    const next = formGroups(ctx, solveMatching(ctx, edges, favoured));
    if (next.left.length < best.left.length) best = next;
  }
  return best;
}

/** Whether anyone in the roster may meet x this round (usually the first one tried). */
export function hasEligiblePartner(ctx: ScoreContext, x: number): boolean {
  for (let v = 0; v < ctx.index.size; v++) if (v !== x && ctx.rules.exclusion(x, v) === null) return true;
  return false;
}
