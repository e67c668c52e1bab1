import { randomInt, type Rng } from '../random.ts';
import { FORBIDDEN, type PairValue } from './pair-values.ts';

// Random members tried when no candidate partner of the group is free: enough to find an
// allowed one in any real community, few enough to keep a 10,000-member round fast.
const RANDOM_TRIES = 64;

/**
 * A first grouping for the local search to improve, built greedily: members with the fewest
 * candidate partners start a group first (they are the hardest to place later), and each
 * group grows by the free member who adds the most to it, looked for among the group's
 * candidate partners, then among random free members. Groups take `sizes` in order; the
 * last ones may hold forbidden pairs, which the search repairs.
 */
export function seedGroups(
  members: ReadonlyArray<number>,
  sizes: ReadonlyArray<number>,
  neighbours: ReadonlyArray<ArrayLike<number>>,
  value: PairValue,
  rng: Rng,
): number[][] {
  const order = [...members];
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  order.sort((a, b) => neighbours[a]!.length - neighbours[b]!.length);
  // Free members in an array with each one's position, so taking one and drawing a random
  // one are both O(1).
  const free = [...order];
  const position = new Map<number, number>(free.map((u, i) => [u, i]));
  const take = (u: number): void => {
    const i = position.get(u)!;
    const last = free.pop()!;
    if (last !== u) {
      free[i] = last;
      position.set(last, i);
    }
    position.delete(u);
  };
  let cursor = 0;

  const gainOf = (v: number, group: ReadonlyArray<number>): number => {
    let sum = 0;
    for (const y of group) {
      const w = value(v, y);
      if (w <= FORBIDDEN) return -Infinity;
      sum += w;
    }
    return sum;
  };

  return sizes.map((size) => {
    while (!position.has(order[cursor]!)) cursor++;
    const group = [order[cursor]!];
    take(group[0]!);
    while (group.length < size) {
      let best = -1;
      let bestGain = -Infinity;
      for (const m of group) {
        const near = neighbours[m]!;
        for (let k = 0; k < near.length; k++) {
          const v = near[k]!;
          if (!position.has(v)) continue;
          const gain = gainOf(v, group);
          if (gain > bestGain) [best, bestGain] = [v, gain];
        }
      }
      if (best === -1) {
        for (let t = 0; t < RANDOM_TRIES && t < free.length; t++) {
          const v = free[randomInt(rng, free.length)]!;
          const gain = gainOf(v, group);
          if (gain > bestGain) [best, bestGain] = [v, gain];
        }
        if (best === -1) best = free[0]!;
      }
      group.push(best);
      take(best);
    }
    return group;
  });
}
