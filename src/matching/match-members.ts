import { describeGroup } from './describe-group.ts';
import { explainUnmatched } from './explain-unmatched.ts';
import { groupRound } from './group-round.ts';
import { buildMatchContext, type MatchOptions } from './match-context.ts';
import { mulberry32 } from './random.ts';
import type { MatchMember, MatchResult } from './types.ts';

/**
 * Matches one round: candidates through the interest index, exact maximum-cardinality
 * maximum-weight matching, a trio for the odd one out, and a why and an icebreaker per
 * group. Pure and deterministic for a given seed. Every member ends up in exactly one
 * group or in `unmatched` with a reason; ids must be unique (validate input first).
 */
export function matchMembers(members: ReadonlyArray<MatchMember>, options: MatchOptions = {}): MatchResult {
  const { ctx, seed, pairing } = buildMatchContext(members, options);
  const { groups, left } = groupRound(ctx, mulberry32(seed), pairing);
  groups.sort((a, b) => a[0]! - b[0]!);
  return {
    groups: groups.map((g) => describeGroup(ctx, g, seed)),
    unmatched: left.map((x) => explainUnmatched(ctx.index, ctx.rules, x)),
  };
}
