/** Keeps the k highest-scoring items seen so far (a min-heap on score); ties keep the first seen. */
export class TopK {
  private readonly scores: Float64Array;
  private readonly items: Int32Array;
  private count = 0;

  constructor(private readonly k: number) {
    this.scores = new Float64Array(k);
    this.items = new Int32Array(k);
  }

  get size(): number {
    return this.count;
  }

  /** The lowest kept score; meaningful once `size` has reached k. */
  get minScore(): number {
    return this.count === 0 ? -Infinity : this.scores[0]!;
  }

  clear(): void {
    this.count = 0;
  }

  offer(item: number, score: number): void {
    if (this.k === 0) return;
    if (this.count < this.k) {
      let i = this.count++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.scores[parent]! <= score) break;
        this.scores[i] = this.scores[parent]!;
        this.items[i] = this.items[parent]!;
        i = parent;
      }
      this.scores[i] = score;
      this.items[i] = item;
    } else if (score > this.scores[0]!) {
      this.siftDown(item, score);
    }
  }

  /** The kept items, in no particular order. */
  item(i: number): number {
    return this.items[i]!;
  }

  private siftDown(item: number, score: number): void {
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.count) break;
      if (child + 1 < this.count && this.scores[child + 1]! < this.scores[child]!) child++;
      if (this.scores[child]! >= score) break;
      this.scores[i] = this.scores[child]!;
      this.items[i] = this.items[child]!;
      i = child;
    }
    this.scores[i] = score;
    this.items[i] = item;
  }
}
