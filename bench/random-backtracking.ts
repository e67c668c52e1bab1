import { groupSizes } from '../src/matching/groups/group-sizes.ts';
import { FORBIDDEN, type PairValue } from '../src/matching/groups/pair-values.ts';
import { randomInt, type Rng } from '../src/matching/random.ts';
import { scoreGrouping, type BaselineGrouping } from './random-groupings.ts';

/**
 * S'Up's method: fill groups in random order, each slot with a random remaining member
 * allowed to meet everyone already in the group, backtracking to the group's previous slot
 * when nobody fits; start again with a fresh order on a dead end, and keep the best complete
 * grouping found until `timeBoxMs` runs out.
 */
export function timeBoxedBacktracking(
  count: number,
  size: number,
  value: PairValue,
  rng: Rng,
  timeBoxMs: number,
): BaselineGrouping {
  const sizes = groupSizes(count, size);
  const start = performance.now();
  let best: BaselineGrouping = { value: -Infinity, broken: Infinity, tries: 0 };
  let tries = 0;
  while (performance.now() - start < timeBoxMs || tries === 0) {
    tries++;
    const groups = attempt(count, sizes, value, rng);
    if (groups === null) continue;
    const scored = scoreGrouping(value, groups);
    if (scored.value > best.value) best = scored;
  }
  return { ...best, tries };
}

// Candidates tried per slot before backing up one slot, and back-ups per attempt.
const TRIES_PER_SLOT = 50;
const BACKTRACKS = 200;

function attempt(count: number, sizes: number[], value: PairValue, rng: Rng): number[][] | null {
  const free = Array.from({ length: count }, (_, i) => i);
  const take = (i: number): number => {
    const u = free[i]!;
    free[i] = free[free.length - 1]!;
    free.pop();
    return u;
  };
  let backtracks = 0;
  const groups: number[][] = [];
  for (const s of sizes) {
    const group = [take(randomInt(rng, free.length))];
    while (group.length < s) {
      let placed = false;
      for (let t = 0; t < TRIES_PER_SLOT && free.length > 0; t++) {
        const i = randomInt(rng, free.length);
        if (group.every((m) => value(m, free[i]!) > FORBIDDEN)) {
          group.push(take(i));
          placed = true;
          break;
        }
      }
      if (placed) continue;
      if (++backtracks > BACKTRACKS || group.length === 1) return null;
      free.push(group.pop()!);
    }
    groups.push(group);
  }
  return groups;
}
