import { scorePair, type ScoreContext } from './score-pair.ts';

export interface GroupsAndLeftovers {
  /** Member indices per group, ascending. */
  groups: number[][];
  /** Members no group could take. */
  left: number[];
}

/**
 * Turns the matching into groups: each matched pair is a group, and each member the
 * matching left out joins the pair where they add the most, provided they may meet both
 * (no block, never-again or cooldown with either). Those who sat out last time are placed
 * first.
 *
 * Normally only the odd member of an odd count is left over, so there is one trio. More
 * leftovers only happen when the maximum-cardinality matching (fallback edges included)
 * found no partner for them at all; a second trio is then the only alternative to sitting
 * out, so it is allowed. Trios never grow to four.
 */
export function formGroups(ctx: ScoreContext, mates: Int32Array): GroupsAndLeftovers {
  const { index, rules } = ctx;
  const groups: number[][] = [];
  const leftovers: number[] = [];
  mates.forEach((mate, u) => {
    if (mate === -1) leftovers.push(u);
    else if (u < mate) groups.push([u, mate]);
  });
  leftovers.sort((a, b) => index.priority[b]! - index.priority[a]! || a - b);

  const left: number[] = [];
  for (const x of leftovers) {
    let best: number[] | null = null;
    let bestGain = -Infinity;
    for (const group of groups) {
      if (group.length !== 2 || group.some((m) => rules.exclusion(x, m) !== null)) continue;
      const gain = group.reduce((sum, m) => sum + scorePair(ctx, x, m), 0);
      if (gain > bestGain) {
        best = group;
        bestGain = gain;
      }
    }
    if (best === null) left.push(x);
    else best.push(x);
  }
  for (const group of groups) group.sort((a, b) => a - b);
  return { groups, left };
}
