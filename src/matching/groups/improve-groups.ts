import { randomInt, type Rng } from '../random.ts';
import type { Grouping } from './grouping.ts';
import { FORBIDDEN } from './pair-values.ts';

/** How long the search may run; it stops at whichever limit comes first. */
export interface SearchBudget {
  /** Perturbations tried after the first local optimum; fixed, so a seed gives one result. */
  kicks: number;
  /** A safety net for huge or pathological rounds; results may then depend on the machine. */
  timeLimitMs: number;
  /** Milliseconds from some fixed origin; the search never reads a clock itself. */
  now: () => number;
}

// Improvements smaller than this are rounding noise and would let the search cycle.
const EPSILON = 1e-9;
// Random groups a member in a forbidden pair also looks at, besides their candidates' groups.
const REPAIR_GROUPS = 32;
// How often (in kicks) the clock is read.
const CLOCK_EVERY = 64;

/**
 * Improves a grouping in place by iterated local search. The local search moves one member
 * at a time to the best place among the groups of their candidate partners: into a smaller
 * group (from one a member larger, so the planned sizes hold) or swapped with one of its
 * members, until no move or swap improves the summed pair values. Then, within the budget,
 * a random swap shakes the grouping, the local search repairs around it, and the result is
 * kept only if it is no worse than before (otherwise undone exactly).
 */
export function improveGroups(
  state: Grouping,
  neighbours: ReadonlyArray<ArrayLike<number>>,
  rng: Rng,
  budget: SearchBudget,
): void {
  const size = state.groupOf.length;
  const queued = new Uint8Array(size);
  const seen = new Int32Array(state.members.length);
  let stamp = 0;
  let queue: number[] = [];
  // What each member could hope for anywhere: the values of their best candidate partners,
  // as many as the largest group holds. A swap that could not pay off even if the member
  // coming over got that much is skipped without summing their value to the group.
  const largest = state.members.reduce((m, g) => Math.max(m, g.length), 0);
  const hope = Float64Array.from({ length: size }, (_, u) => {
    let sum = 0;
    const near = neighbours[u]!;
    for (let k = 0; k < near.length && k < largest - 1; k++) sum += Math.max(0, state.valueOf(u, near[k]!));
    return sum;
  });

  const enqueue = (y: number): void => {
    if (queued[y]) return;
    queued[y] = 1;
    queue.push(y);
  };

  const improveMember = (u: number): void => {
    const a = state.groupOf[u]!;
    const sizeA = state.members[a]!.length;
    const ownU = state.own[u]!;
    let bestGain = EPSILON;
    let bestMove = -1;
    let bestSwap = -1;
    stamp++;
    const consider = (b: number): void => {
      if (b < 0 || b === a || seen[b] === stamp) return;
      seen[b] = stamp;
      const groupB = state.members[b]!;
      const toB = state.sumTo(u, b);
      if (sizeA === groupB.length + 1 && toB - ownU > bestGain) {
        bestGain = toB - ownU;
        bestMove = b;
        bestSwap = -1;
      }
      for (const x of groupB) {
        const ux = state.valueOf(u, x);
        const stay = toB - ux - ownU - state.own[x]!;
        if (stay + hope[x]! <= bestGain && state.own[x]! > FORBIDDEN / 2) continue;
        const gain = stay + (state.sumTo(x, a) - ux);
        if (gain > bestGain) {
          bestGain = gain;
          bestMove = -1;
          bestSwap = x;
        }
      }
    };
    const near = neighbours[u]!;
    for (let k = 0; k < near.length; k++) consider(state.groupOf[near[k]!]!);
    if (ownU <= FORBIDDEN / 2) {
      for (let t = 0; t < REPAIR_GROUPS; t++) consider(randomInt(rng, state.members.length));
    }
    if (bestMove === -1 && bestSwap === -1) return;
    const b = bestMove !== -1 ? bestMove : state.groupOf[bestSwap]!;
    if (bestMove !== -1) state.move(u, b);
    else state.swap(u, bestSwap);
    for (const y of state.members[a]!) enqueue(y);
    for (const y of state.members[b]!) enqueue(y);
  };

  const descend = (): void => {
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      queued[u] = 0;
      improveMember(u);
    }
    queue = [];
  };

  for (let u = 0; u < size; u++) if (state.groupOf[u]! >= 0) enqueue(u);
  descend();

  const groups = state.members.length;
  if (groups < 2) return;
  const start = budget.now();
  for (let kick = 0; kick < budget.kicks; kick++) {
    if (kick % CLOCK_EVERY === 0 && budget.now() - start > budget.timeLimitMs) break;
    const a = randomInt(rng, groups);
    const groupA = state.members[a]!;
    const u = groupA[randomInt(rng, groupA.length)]!;
    // Mostly toward a candidate partner's group, where a better grouping is likeliest.
    const near = neighbours[u]!;
    const b =
      near.length > 0 && rng() < 0.8
        ? state.groupOf[near[randomInt(rng, near.length)]!]!
        : randomInt(rng, groups);
    if (b === a) continue;
    const groupB = state.members[b]!;
    const x = groupB[randomInt(rng, groupB.length)]!;
    const before = state.total;
    state.record();
    state.swap(u, x);
    for (const y of state.members[a]!) enqueue(y);
    for (const y of state.members[b]!) enqueue(y);
    descend();
    if (state.total < before - EPSILON) state.undo();
    else state.commit();
  }
}
