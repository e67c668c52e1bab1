import type { PairValue } from './pair-values.ts';

/**
 * A grouping under local search: who is in which group, each member's summed value to the
 * rest of their group, and the objective, all kept current by `move`. Moves can be recorded
 * in a journal and undone, so a perturbation that made things worse is rolled back exactly.
 */
export class Grouping {
  readonly groupOf: Int32Array;
  readonly members: number[][];
  /** Each member's summed pair value with the others in their group. */
  readonly own: Float64Array;
  total = 0;
  private journal: number[] | null = null;

  constructor(
    private readonly value: PairValue,
    size: number,
    groups: ReadonlyArray<ReadonlyArray<number>>,
  ) {
    this.groupOf = new Int32Array(size).fill(-1);
    this.own = new Float64Array(size);
    this.members = groups.map((g) => [...g]);
    this.members.forEach((group, g) => {
      for (const u of group) {
        this.groupOf[u] = g;
        this.own[u] = this.sumTo(u, g);
        this.total += this.own[u]! / 2;
      }
    });
  }

  /** The value of one pair. */
  valueOf(u: number, v: number): number {
    return this.value(u, v);
  }

  /** u's summed value with the members of group g, u itself excluded. */
  sumTo(u: number, g: number): number {
    let sum = 0;
    for (const y of this.members[g]!) if (y !== u) sum += this.value(u, y);
    return sum;
  }

  /** Moves u into group g, keeping every member's `own` and the total current. */
  move(u: number, g: number): void {
    const from = this.groupOf[u]!;
    if (from === g) return;
    this.journal?.push(u, from);
    const old = this.members[from]!;
    old.splice(old.indexOf(u), 1);
    for (const y of old) this.own[y] = this.own[y]! - this.value(u, y);
    let gained = 0;
    for (const y of this.members[g]!) {
      const w = this.value(u, y);
      this.own[y] = this.own[y]! + w;
      gained += w;
    }
    this.total += gained - this.own[u]!;
    this.own[u] = gained;
    this.members[g]!.push(u);
    this.groupOf[u] = g;
  }

  /** Exchanges two members of different groups. */
  swap(u: number, x: number): void {
    const a = this.groupOf[u]!;
    const b = this.groupOf[x]!;
    this.move(u, b);
    this.move(x, a);
  }

  /** Starts recording moves so that `undo` can take them back. */
  record(): void {
    this.journal = [];
  }

  /** Takes back every move since `record`, newest first, and stops recording. */
  undo(): void {
    const journal = this.journal ?? [];
    this.journal = null;
    for (let i = journal.length - 2; i >= 0; i -= 2) this.move(journal[i]!, journal[i + 1]!);
  }

  /** Stops recording and keeps the moves. */
  commit(): void {
    this.journal = null;
  }
}
