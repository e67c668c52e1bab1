/**
 * Binary min-heap of (key, value) pairs in typed arrays, with lazy deletion: entries are
 * never updated in place. The solver pushes a fresh entry whenever a quantity changes and
 * drops stale ones when they surface, which costs fewer operations than decrease-key with
 * position maps and keeps the memory flat.
 */
export class LazyMinHeap {
  private keys: Float64Array;
  private vals: Int32Array;
  private count = 0;

  constructor(initialCapacity = 64) {
    const cap = Math.max(4, initialCapacity);
    this.keys = new Float64Array(cap);
    this.vals = new Int32Array(cap);
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  /** Key of the minimum; only meaningful when size > 0. */
  topKey(): number {
    return this.keys[0]!;
  }

  /** Value of the minimum; only meaningful when size > 0. */
  topValue(): number {
    return this.vals[0]!;
  }

  push(key: number, value: number): void {
    if (this.count === this.keys.length) this.grow();
    const keys = this.keys;
    const vals = this.vals;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk <= key) break;
      keys[i] = pk;
      vals[i] = vals[parent]!;
      i = parent;
    }
    keys[i] = key;
    vals[i] = value;
  }

  /** Removes the minimum. */
  pop(): void {
    const n = --this.count;
    if (n <= 0) {
      this.count = Math.max(0, n);
      return;
    }
    this.siftDown(0, this.keys[n]!, this.vals[n]!, n);
  }

  /**
   * Keeps only the entries `keep` accepts and restores heap order in O(size). The solver
   * calls this when stale entries pile up, so the heap stays proportional to live data.
   */
  compact(keep: (value: number, key: number) => boolean): void {
    const keys = this.keys;
    const vals = this.vals;
    let n = 0;
    for (let i = 0; i < this.count; i++) {
      const k = keys[i]!;
      const v = vals[i]!;
      if (keep(v, k)) {
        keys[n] = k;
        vals[n] = v;
        n++;
      }
    }
    this.count = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.siftDown(i, keys[i]!, vals[i]!, n);
  }

  private siftDown(start: number, key: number, value: number, n: number): void {
    const keys = this.keys;
    const vals = this.vals;
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let ck = keys[child]!;
      const right = child + 1;
      if (right < n) {
        const rk = keys[right]!;
        if (rk < ck) {
          child = right;
          ck = rk;
        }
      }
      if (ck >= key) break;
      keys[i] = ck;
      vals[i] = vals[child]!;
      i = child;
    }
    keys[i] = key;
    vals[i] = value;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const keys = new Float64Array(cap);
    keys.set(this.keys);
    const vals = new Int32Array(cap);
    vals.set(this.vals);
    this.keys = keys;
    this.vals = vals;
  }
}
