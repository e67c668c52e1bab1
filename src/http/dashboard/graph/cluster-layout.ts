import type { Graph } from './build-graph.ts';

export interface Cluster {
  label: string;
  size: number;
  x: number;
  y: number;
  r: number;
}

export interface ClusterLayout {
  x: Float64Array;
  y: Float64Array;
  /** Each member's cluster, an index into `clusters`. */
  group: Int32Array;
  clusters: Cluster[];
  /** Radius for a member's dot at this scale. */
  dot: number;
}

export const NO_COMMON_GROUND = 'no shared interest yet';
export const OTHER_INTERESTS = 'other interests';
/** More groups than this and their labels stop being readable; the smallest are merged. */
export const MAX_CLUSTERS = 24;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const GAP = 1.6;
const LABEL_ROOM = 1.4;

/**
 * Groups of node indexes by interest, largest first. With more interests than groups, a
 * member of a small group moves to the group of the next interest their intros shared
 * that kept one; only members with none of the kept interests end up in the catch-all.
 */
function groups(graph: Graph): [string, number[]][] {
  const byLabel = new Map<string, number[]>();
  graph.nodes.forEach((n, i) => {
    const label = n.interest ?? NO_COMMON_GROUND;
    const members = byLabel.get(label);
    if (members) members.push(i);
    else byLabel.set(label, [i]);
  });
  // Real interests first, largest in the middle; the catch-all groups go to the edge.
  const catchAll = (label: string) => (label === NO_COMMON_GROUND ? 1 : 0);
  const order = (a: [string, number[]], b: [string, number[]]) =>
    catchAll(a[0]) - catchAll(b[0]) || b[1].length - a[1].length || a[0].localeCompare(b[0]);
  const sorted = [...byLabel].sort(order);
  if (sorted.length <= MAX_CLUSTERS) return sorted;
  const none = sorted.at(-1)![0] === NO_COMMON_GROUND ? [sorted.pop()!] : [];
  const kept = new Map(sorted.slice(0, MAX_CLUSTERS - 1 - none.length));
  const rest: number[] = [];
  for (const [, members] of sorted.slice(kept.size)) {
    for (const i of members) {
      const home = graph.nodes[i]!.interests?.find((interest) => kept.has(interest));
      if (home) kept.get(home)!.push(i);
      else rest.push(i);
    }
  }
  const out = [...kept].sort(order);
  return rest.length > 0 ? [...out, [OTHER_INTERESTS, rest], ...none] : [...out, ...none];
}

/** Places circles one by one as close to the middle as they fit, in a frame-shaped spiral. */
function pack(radii: readonly number[], aspect: number): { x: number; y: number }[] {
  const placed: { x: number; y: number; r: number }[] = [];
  for (const r of radii) {
    if (placed.length === 0) {
      placed.push({ x: 0, y: 0, r });
      continue;
    }
    let best: { x: number; y: number; cost: number } | undefined;
    for (const p of placed) {
      for (let t = 0; t < 48; t++) {
        const angle = (2 * Math.PI * t) / 48;
        const x = p.x + (p.r + r + GAP) * Math.cos(angle);
        const y = p.y + (p.r + r + GAP) * Math.sin(angle);
        const cost = (x / aspect) ** 2 + y ** 2;
        if (best && cost >= best.cost) continue;
        if (placed.every((q) => Math.hypot(q.x - x, q.y - y) >= q.r + r + GAP - 1e-9)) best = { x, y, cost };
      }
    }
    placed.push({ x: best!.x, y: best!.y, r });
  }
  return placed;
}

/**
 * Lays the connection graph out by common ground, so a community of 1,000 stays readable:
 * members are grouped by the interest their intros shared most, each group is a labelled
 * disc with its members on a sunflower spiral (evenly spaced, never overlapping, the most
 * connected in the middle), and the discs are packed largest first into the frame. Lines
 * between groups are drawn through the groups' centres, so they gather into bundles.
 * Deterministic and O(n log n + c³) for c ≤ 24 groups: no iterations to cap.
 */
export function clusterLayout(
  graph: Graph,
  frame: { width: number; height: number; margin: number },
): ClusterLayout {
  const n = graph.nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const group = new Int32Array(n);
  const grouped = groups(graph);
  const radii = grouped.map(([, members]) => Math.sqrt(members.length) + 0.9);
  const centres = pack(radii, frame.width / frame.height);

  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  centres.forEach((c, k) => {
    minX = Math.min(minX, c.x - radii[k]!);
    maxX = Math.max(maxX, c.x + radii[k]!);
    minY = Math.min(minY, c.y - radii[k]! - LABEL_ROOM);
    maxY = Math.max(maxY, c.y + radii[k]!);
  });
  const scale = Math.min(
    (frame.width - 2 * frame.margin) / Math.max(maxX - minX, 1),
    (frame.height - 2 * frame.margin) / Math.max(maxY - minY, 1),
  );
  const offX = (frame.width - (maxX - minX) * scale) / 2 - minX * scale;
  const offY = (frame.height - (maxY - minY) * scale) / 2 - minY * scale;

  const clusters = grouped.map(([label, members], k) => {
    const c = centres[k]!;
    const ordered = [...members].sort(
      (a, b) =>
        graph.nodes[b]!.degree - graph.nodes[a]!.degree ||
        graph.nodes[a]!.memberId - graph.nodes[b]!.memberId,
    );
    ordered.forEach((node, j) => {
      group[node] = k;
      const r = Math.sqrt(j + 0.5);
      x[node] = offX + (c.x + r * Math.cos(j * GOLDEN_ANGLE)) * scale;
      y[node] = offY + (c.y + r * Math.sin(j * GOLDEN_ANGLE)) * scale;
    });
    return {
      label,
      size: members.length,
      x: offX + c.x * scale,
      y: offY + c.y * scale,
      r: radii[k]! * scale,
    };
  });
  return { x, y, group, clusters, dot: Math.min(6, Math.max(1.6, 0.36 * scale)) };
}
