import { describeGroup } from './describe-group.ts';
import { explainUnmatched } from './explain-unmatched.ts';
import { groupRound } from './group-round.ts';
import { groupMembers } from './groups/group-members.ts';
import { buildMatchContext, type MatchOptions } from './match-context.ts';
import { mulberry32 } from './random.ts';
import type { MatchMember, MatchResult } from './types.ts';

/**
 * Matches one round: candidates through the interest index, exact maximum-cardinality
 * maximum-weight matching, a trio for the odd one out, and a why and an icebreaker per
 * group. With `groupSize` 3 to 8, groups of that size (a few one larger) found by a
 * search that maximises the summed pair scores inside groups. Pure and deterministic for a given seed. Every member ends up in exactly one
 * group or in `unmatched` with a reason; ids must be unique (validate input first).
 */
export function matchMembers(members: ReadonlyArray<MatchMember>, options: MatchOptions = {}): MatchResult {
  const { ctx, seed, pairing, groupSize, search } = buildMatchContext(members, options);
  const rng = mulberry32(seed);
  const { groups, left } =
    groupSize === 2 ? groupRound(ctx, rng, pairing) : groupMembers(ctx, rng, pairing, groupSize, search);
  groups.sort((a, b) => a[0]! - b[0]!);
  return {
    groups: groups.map((g) => describeGroup(ctx, g, seed)),
    unmatched: left.map((x) => explainUnmatched(ctx.index, ctx.rules, x)),
  };
}
