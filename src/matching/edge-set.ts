/**
 * Undirected scored edges between member indices, each pair at most once. Edges live in
 * growable typed arrays and duplicates are found through small per-member neighbour lists:
 * a round at 100k members holds a few million edges, and plain arrays or a hash set of
 * numeric keys spend more time in the garbage collector than in the search.
 */
export class EdgeSet {
  /** Endpoints and score of edge i, for i < length. */
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  score = new Float64Array(1024);
  private count = 0;
  private readonly neighbours: number[][];

  constructor(size: number) {
    this.neighbours = Array.from({ length: size }, () => []);
  }

  get length(): number {
    return this.count;
  }

  degree(u: number): number {
    return this.neighbours[u]!.length;
  }

  has(u: number, v: number): boolean {
    const a = this.neighbours[u]!;
    const b = this.neighbours[v]!;
    return a.length <= b.length ? a.includes(v) : b.includes(u);
  }

  /** Adds the edge unless it is already present or a self-loop; returns whether it was added. */
  add(u: number, v: number, score: number): boolean {
    if (u === v || this.has(u, v)) return false;
    if (this.count === this.from.length) this.grow();
    this.neighbours[u]!.push(v);
    this.neighbours[v]!.push(u);
    this.from[this.count] = u;
    this.to[this.count] = v;
    this.score[this.count] = score;
    this.count++;
    return true;
  }

  private grow(): void {
    const size = this.from.length * 2;
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    const score = new Float64Array(size);
    from.set(this.from);
    to.set(this.to);
    score.set(this.score);
    this.from = from;
    this.to = to;
    this.score = score;
  }
}
