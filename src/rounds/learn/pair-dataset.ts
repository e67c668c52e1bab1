import type { CommunityIndex } from '../../matching/community-index.ts';
import { differentIndustry, hoursApart } from '../../matching/pair-factors.ts';
import type { PairSignal } from './answer-signals.ts';
import { G, GLOBALS } from './pair-model.ts';

/** Signals as sparse features: dense globals, shared-interest slots and a rater slot per row. */
export interface PairDataset {
  rows: number;
  /** rows x GLOBALS, row-major. */
  dense: Float64Array;
  /** Row r's interest slots are `interestSlot[interestStart[r] .. interestStart[r + 1])`. */
  interestStart: Int32Array;
  interestSlot: Int32Array;
  rater: Int32Array;
  genuine: Uint8Array;
  weight: Float64Array;
  /** `${kind}:${interest}` of each interest slot. */
  interestKeys: string[];
  /** Member id of each rater slot. */
  raterIds: string[];
}

/**
 * Features of each signal's pair from the members' profiles in `index` (so rarity is counted
 * over everyone the index holds). Signals naming someone the index does not hold are
 * skipped: people leave. `roundWeight` discounts older rounds (1 when absent).
 */
export function pairDataset(
  index: CommunityIndex,
  signals: ReadonlyArray<PairSignal>,
  roundWeight: (round: string) => number = () => 1,
): PairDataset {
  const dense: number[] = [];
  const interestStart = [0];
  const interestSlot: number[] = [];
  const rater: number[] = [];
  const genuine: number[] = [];
  const weight: number[] = [];
  const slotOf = new Map<number, number>();
  const interestKeys: string[] = [];
  const raterSlot = new Map<string, number>();
  const raterIds: string[] = [];
  const rarity = (id: number) => Math.log((index.size + 1) / index.holderCount[id]!);

  for (const signal of signals) {
    const u = index.indexOf.get(signal.rater);
    const v = index.indexOf.get(signal.partner);
    const w = signal.weight * roundWeight(signal.round);
    if (u === undefined || v === undefined || u === v || !(w > 0)) continue;
    const row: number[] = new Array<number>(GLOBALS).fill(0);
    row[G.intercept] = 1;
    const a = index.memberInterests[u]!;
    const b = index.memberInterests[v]!;
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i]! < b[j]!) i++;
      else if (a[i]! > b[j]!) j++;
      else {
        const id = a[i]!;
        const kind = index.interestKind[id] === 'hobby' ? G.hobby : G.volunteer;
        row[G.rarity] = row[G.rarity]! + rarity(id);
        row[G.shared] = row[G.shared]! + 1;
        row[kind] = row[kind]! + 1;
        let slot = slotOf.get(id);
        if (slot === undefined) {
          slotOf.set(id, (slot = interestKeys.length));
          interestKeys.push(`${index.interestKind[id]}:${index.interestName[id]}`);
        }
        interestSlot.push(slot);
        i++;
        j++;
      }
    }
    interestStart.push(interestSlot.length);
    row[G.differentField] = differentIndustry(index, u, v) ? 1 : 0;
    const hours = hoursApart(index, u, v);
    row[G.timeApart] = Number.isNaN(hours) ? 0 : hours / 12;
    row[G.trio] = signal.trio ? 1 : 0;
    dense.push(...row);
    let r = raterSlot.get(signal.rater);
    if (r === undefined) {
      raterSlot.set(signal.rater, (r = raterIds.length));
      raterIds.push(signal.rater);
    }
    rater.push(r);
    genuine.push(signal.genuine ? 1 : 0);
    weight.push(w);
  }
  return {
    rows: rater.length,
    dense: Float64Array.from(dense),
    interestStart: Int32Array.from(interestStart),
    interestSlot: Int32Array.from(interestSlot),
    rater: Int32Array.from(rater),
    genuine: Uint8Array.from(genuine),
    weight: Float64Array.from(weight),
    interestKeys,
    raterIds,
  };
}
