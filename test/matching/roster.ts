import type { Group, MatchMember, MatchResult } from '../../src/matching/types.ts';

/** A member with hobbies and optional extras, for compact rosters in tests. */
export function member(id: string, hobbies: string[] = [], extra: Partial<MatchMember> = {}): MatchMember {
  return { id, hobbies, volunteer: [], ...extra };
}

/** Group member lists, each sorted, for order-independent comparisons. */
export function groupsOf(result: MatchResult): string[][] {
  return result.groups.map((g) => [...g.members].sort());
}

export function groupWith(result: MatchResult, id: string): Group | undefined {
  return result.groups.find((g) => g.members.includes(id));
}

export function partnersOf(result: MatchResult, id: string): string[] {
  return (groupWith(result, id)?.members ?? []).filter((m) => m !== id).sort();
}
