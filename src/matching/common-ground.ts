import type { CommunityIndex } from './community-index.ts';

/** The summed value of the interests two members share (0 when they share none). */
export function commonGround(index: CommunityIndex, u: number, v: number): number {
  const a = index.memberInterests[u]!;
  const b = index.memberInterests[v]!;
  let total = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      total += index.interestValue[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return total;
}
