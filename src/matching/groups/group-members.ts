import { candidateEdges } from '../candidate-edges.ts';
import { fallbackEdges } from '../fallback-edges.ts';
import type { GroupsAndLeftovers } from '../form-groups.ts';
import { hasEligiblePartner } from '../group-round.ts';
import type { PairingOptions } from '../pair-members.ts';
import type { Rng } from '../random.ts';
import type { ScoreContext } from '../score-pair.ts';
import { groupSizes } from './group-sizes.ts';
import { Grouping } from './grouping.ts';
import { improveGroups, type SearchBudget } from './improve-groups.ts';
import { neighbourLists } from './neighbour-lists.ts';
import { FORBIDDEN, pairValues } from './pair-values.ts';
import { seedGroups } from './seed-groups.ts';

// Candidate partners each member's moves look at: a little more than the candidate search keeps.
const NEIGHBOURS = 24;

/** The default search budget: enough kicks to settle 1,000 members, and a cap for 10,000+. */
export function defaultSearchBudget(members: number): SearchBudget {
  return { kicks: Math.min(100_000, 10 * members), timeLimitMs: 3_000, now: () => performance.now() };
}

/**
 * Groups of `size` (3 to 8) that maximise the summed scores of the pairs inside them: the
 * same candidate partners and pair scores as pairs use, a greedy first grouping, then
 * iterated local search (see `improveGroups`). Every pair in a group may meet (no block,
 * never-again or cooldown). Members nobody may meet sit out; so does, rarely, a member the
 * search could not place in any group without breaking a rule (their group is one smaller).
 */
export function groupMembers(
  ctx: ScoreContext,
  rng: Rng,
  options: PairingOptions,
  size: number,
  budget: SearchBudget = defaultSearchBudget(ctx.index.size),
): GroupsAndLeftovers {
  const n = ctx.index.size;
  const placeable: number[] = [];
  const left: number[] = [];
  for (let u = 0; u < n; u++) (n > 1 && hasEligiblePartner(ctx, u) ? placeable : left).push(u);
  const sizes = groupSizes(placeable.length, size);
  if (sizes.length === 0) return { groups: [], left: [...left, ...placeable].sort((a, b) => a - b) };

  const edges = candidateEdges(ctx, rng, options);
  const isolated = placeable.filter((u) => edges.degree(u) === 0);
  fallbackEdges(ctx, rng, isolated, edges, options.fallback);
  const neighbours = neighbourLists(edges, n, NEIGHBOURS);
  const value = pairValues(ctx);
  const { priority } = ctx.index;

  const state = new Grouping(value, n, seedGroups(placeable, sizes, neighbours, value, rng));
  improveGroups(state, neighbours, rng, budget);

  const groups = state.members.map((group) => {
    const kept = [...group];
    // Drop whoever breaks the most rules until none is broken (on a tie, whoever did not
    // sit out last time); they sit out with a reason.
    for (;;) {
      const broken = kept.map((u) => kept.filter((v) => v !== u && value(u, v) <= FORBIDDEN).length);
      let worst = 0;
      for (let i = 1; i < kept.length; i++) {
        const more = broken[i]! - broken[worst]!;
        if (more > 0 || (more === 0 && priority[kept[i]!]! < priority[kept[worst]!]!)) worst = i;
      }
      if (broken[worst] === 0) break;
      left.push(...kept.splice(worst, 1));
    }
    return kept.sort((a, b) => a - b);
  });
  const kept = groups.filter((g) => g.length >= 2);
  for (const g of groups) if (g.length < 2) left.push(...g);
  return { groups: kept, left: left.sort((a, b) => a - b) };
}
