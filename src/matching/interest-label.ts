import type { CommunityIndex } from './community-index.ts';

function mostCommon(index: CommunityIndex, id: number, members: Iterable<number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of members) {
    const label = index.memberLabels[m]!.get(id);
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

/**
 * An interest as people wrote it, never its matching key: the spelling most common among
 * `members` who hold it, ties settled by the whole community's usage, then alphabetically.
 * Falls back to the key when nobody's spelling is known.
 */
export function interestLabel(index: CommunityIndex, id: number, members: ReadonlyArray<number>): string {
  const inGroup = mostCommon(index, id, members);
  if (inGroup.size === 0) return index.interestName[id]!;
  if (inGroup.size === 1) return [...inGroup.keys()][0]!;
  const everywhere = mostCommon(index, id, index.holders[id]!);
  return [...inGroup].sort(
    ([a, ca], [b, cb]) =>
      cb - ca || (everywhere.get(b) ?? 0) - (everywhere.get(a) ?? 0) || a.localeCompare(b),
  )[0]![0];
}
