import { groupSizes } from '../src/matching/groups/group-sizes.ts';
import { FORBIDDEN, type PairValue } from '../src/matching/groups/pair-values.ts';
import { randomInt, type Rng } from '../src/matching/random.ts';

export interface BaselineGrouping {
  /** Summed pair values; a pair that breaks a rule counts 0 here and is counted in `broken`. */
  value: number;
  broken: number;
  /** Complete groupings tried. */
  tries: number;
}

function shuffled(count: number, rng: Rng): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Scores one grouping, counting rule-breaking pairs apart. */
export function scoreGrouping(
  value: PairValue,
  groups: ReadonlyArray<ReadonlyArray<number>>,
): BaselineGrouping {
  let total = 0;
  let broken = 0;
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const w = value(group[i]!, group[j]!);
        if (w <= FORBIDDEN) broken++;
        else total += w;
      }
    }
  }
  return { value: total, broken, tries: 1 };
}

/**
 * lunch-roulette's method: shuffle everyone into groups `tries` times and keep the best
 * shuffle, preferring fewer broken rules, then the higher value.
 */
export function bestOfRandomGroupings(
  count: number,
  size: number,
  value: PairValue,
  rng: Rng,
  tries: number,
): BaselineGrouping {
  const sizes = groupSizes(count, size);
  let best: BaselineGrouping = { value: -Infinity, broken: Infinity, tries };
  for (let t = 0; t < tries; t++) {
    const order = shuffled(count, rng);
    let at = 0;
    const groups = sizes.map((s) => order.slice(at, (at += s)));
    const scored = scoreGrouping(value, groups);
    if (scored.broken < best.broken || (scored.broken === best.broken && scored.value > best.value)) {
      best = { ...scored, tries };
    }
  }
  return best;
}
