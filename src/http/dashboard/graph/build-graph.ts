import type { GraphEdgeRow } from '../queries/connection-graph.ts';
import type { Outcome } from '../queries/intro-outcome-sql.ts';
import { OUTCOMES } from '../queries/intro-outcome-sql.ts';

export interface GraphNode {
  memberId: number;
  /** The platform id, which with the name is how every page names a member. */
  userId: string;
  name: string | null;
  left: boolean;
  degree: number;
  /** The interest this member's intros shared most often; null when none shared any. */
  interest: string | null;
  /** Every interest their intros shared, most often first (`interest` is the first). */
  interests?: string[];
}

export interface GraphEdge {
  a: number;
  b: number;
  outcome: Outcome;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const rank = (o: Outcome): number => OUTCOMES.indexOf(o);

/**
 * Nodes and edges by index from the query's rows. A pair introduced more than once is
 * one edge carrying its best outcome (genuine before transactional before no-show).
 * Each member's interests are ranked by how often their intros shared them (ties go to
 * the alphabetically first); the layout groups them by the first it keeps a group for.
 */
export function buildGraph(rows: readonly GraphEdgeRow[]): Graph {
  const index = new Map<number, number>();
  const nodes: GraphNode[] = [];
  const tallies: Map<string, number>[] = [];
  const node = (memberId: number, userId: string, name: string | null, left: boolean): number => {
    let i = index.get(memberId);
    if (i === undefined) {
      i = nodes.push({ memberId, userId, name, left, degree: 0, interest: null }) - 1;
      tallies.push(new Map());
      index.set(memberId, i);
    }
    return i;
  };
  const byPair = new Map<string, GraphEdge>();
  for (const row of rows) {
    const a = node(row.a, row.aUserId, row.aName, row.aLeft);
    const b = node(row.b, row.bUserId, row.bName, row.bLeft);
    for (const i of [a, b]) {
      for (const interest of row.interests) tallies[i]!.set(interest, (tallies[i]!.get(interest) ?? 0) + 1);
    }
    const key = `${a}:${b}`;
    const seen = byPair.get(key);
    if (!seen) {
      byPair.set(key, { a, b, outcome: row.outcome });
      nodes[a]!.degree++;
      nodes[b]!.degree++;
    } else if (rank(row.outcome) < rank(seen.outcome)) seen.outcome = row.outcome;
  }
  nodes.forEach((n, i) => {
    n.interests = [...tallies[i]!]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .map(([interest]) => interest);
    n.interest = n.interests[0] ?? null;
  });
  return { nodes, edges: [...byPair.values()] };
}
