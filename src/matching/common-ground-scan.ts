import type { CommunityIndex } from './community-index.ts';
import { randomInt, type Rng } from './random.ts';

/**
 * Finds, for one member at a time, everyone sharing an interest with them and the summed
 * value of what they share, through the inverted index. Interests are visited rarest first
 * and at most `scanCap` holders of each are read, from a random start, so a very common
 * interest costs a bounded sample while rare ones (which weigh the most) are read in full.
 * Buffers are reused across members: nothing is allocated per member.
 */
export class CommonGroundScan {
  /** Members touched by the last scan, in `touched[0..count)`. */
  readonly touched: Int32Array;
  /** Summed value shared with each touched member; reset to 0 by `take`. */
  private readonly acc: Float64Array;

  constructor(
    private readonly index: CommunityIndex,
    private readonly rng: Rng,
    private readonly scanCap: number,
  ) {
    this.touched = new Int32Array(index.size);
    this.acc = new Float64Array(index.size);
  }

  /** Scans member u; returns how many members were touched. */
  scan(u: number): number {
    const { index, acc, touched } = this;
    const mine = Array.from(index.memberInterests[u]!).sort(
      (a, b) => index.holderCount[a]! - index.holderCount[b]!,
    );
    let count = 0;
    for (const id of mine) {
      const value = index.interestValue[id]!;
      if (value <= 0) continue;
      const holders = index.holders[id]!;
      const scan = Math.min(holders.length, this.scanCap);
      const start = holders.length > scan ? randomInt(this.rng, holders.length) : 0;
      for (let s = 0; s < scan; s++) {
        // Wrapping by subtraction, not %: this is the hottest loop of a round.
        let at = start + s;
        if (at >= holders.length) at -= holders.length;
        const v = holders[at]!;
        if (v === u) continue;
        if (acc[v] === 0) touched[count++] = v;
        acc[v] = acc[v]! + value;
      }
    }
    return count;
  }

  /** The value shared with v found by the last scan, clearing it for the next one. */
  take(v: number): number {
    const value = this.acc[v]!;
    this.acc[v] = 0;
    return value;
  }
}
