import type { CommunityIndex } from './community-index.ts';

/**
 * Interest ids held by at least two of the given members: those all of them share first
 * (a trio's common ground beats a pair's inside it), then rarest first, then by value and name.
 */
export function sharedInterestIds(index: CommunityIndex, members: ReadonlyArray<number>): number[] {
  const counts = new Map<number, number>();
  for (const m of members)
    for (const id of index.memberInterests[m]!) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= 2)
    .map(([id]) => id)
    .sort(
      (a, b) =>
        counts.get(b)! - counts.get(a)! ||
        index.holderCount[a]! - index.holderCount[b]! ||
        index.interestValue[b]! - index.interestValue[a]! ||
        index.interestName[a]!.localeCompare(index.interestName[b]!),
    );
}
