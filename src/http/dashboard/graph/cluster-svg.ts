import { px } from '../charts/nice-ticks.ts';
import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import type { Graph } from './build-graph.ts';
import type { ClusterLayout } from './cluster-layout.ts';
import { GRAPH_SIZE } from './graph-svg.ts';

/** About how wide one character of a 12 px label is, and how tall a line. */
const CHAR_WIDTH = 7;
const LINE = 14;

export interface ClusterLink {
  a: number;
  b: number;
  pairs: number;
  genuine: number;
}

/** Pairs introduced between each two groups (and within each, as a == b), with genuine ones. */
export function clusterLinks(graph: Graph, layout: ClusterLayout): ClusterLink[] {
  const byKey = new Map<string, ClusterLink>();
  for (const e of graph.edges) {
    const [a, b] = [layout.group[e.a]!, layout.group[e.b]!].sort((x, y) => x - y) as [number, number];
    const key = `${a}:${b}`;
    const link = byKey.get(key) ?? { a, b, pairs: 0, genuine: 0 };
    link.pairs++;
    if (e.outcome === 'genuine') link.genuine++;
    byKey.set(key, link);
  }
  return [...byKey.values()];
}

/** Text cut to `chars` characters, with an ellipsis when cut; '' when not even 3 fit. */
function fit(text: string, chars: number): string {
  if (text.length <= chars) return text;
  return chars < 4 ? '' : `${text.slice(0, chars - 1)}…`;
}

/**
 * The whole community at a glance: one disc per common-ground group (area by members),
 * one line per two groups whose members were introduced (width by pairs), and each
 * group's number and name written inside its own disc, cut to fit, so labels can never
 * overlap. Each disc links to that group's own page, where its members are drawn one by one.
 */
export function clusterSvg(
  graph: Graph,
  layout: ClusterLayout,
  links: readonly ClusterLink[],
  groupHref: (label: string) => string,
): SafeHtml {
  const { clusters } = layout;
  const most = Math.max(1, ...links.filter((l) => l.a !== l.b).map((l) => l.pairs));
  const lines = links
    .filter((l) => l.a !== l.b)
    .sort((x, y) => x.pairs - y.pairs)
    .map((l) => {
      const [p, q] = [clusters[l.a]!, clusters[l.b]!];
      return html`<line
        x1="${px(p.x)}"
        y1="${px(p.y)}"
        x2="${px(q.x)}"
        y2="${px(q.y)}"
        stroke-width="${px(0.6 + (5 * l.pairs) / most)}"
        ><title>${p.label} – ${q.label}: ${l.pairs} pairs introduced, ${l.genuine} genuine</title></line
      >`;
    });
  const discs = clusters.map((c, k) => {
    const inside = links.find((l) => l.a === k && l.b === k);
    const chars = Math.floor((1.7 * c.r) / CHAR_WIDTH);
    const name = fit(c.label, chars);
    const label = name === '' ? `${k + 1}` : `${k + 1}. ${fit(c.label, chars - 3)}`;
    const twoLines = c.r >= 1.6 * LINE && name !== '';
    return html`<a href="${groupHref(c.label)}"
      ><circle cx="${px(c.x)}" cy="${px(c.y)}" r="${px(c.r)}"></circle>${
        c.r >= 8
          ? html`<text x="${px(c.x)}" y="${px(twoLines ? c.y - 2 : c.y + 4)}" text-anchor="middle"
              >${label}</text
            >`
          : null
      }${
        twoLines
          ? html`<text class="count" x="${px(c.x)}" y="${px(c.y + LINE - 2)}" text-anchor="middle"
              >${c.size} members</text
            >`
          : null
      }<title>
        ${k + 1}. ${c.label}: ${c.size} members, ${inside?.pairs ?? 0} pairs introduced within the group. Open
        to see them.
      </title></a
    >`;
  });
  return html`<svg
    class="graph clusters-only"
    viewBox="0 0 ${GRAPH_SIZE.width} ${GRAPH_SIZE.height}"
    role="img"
    aria-labelledby="graph-t graph-d"
    data-nodes="${graph.nodes.length}"
    data-edges="${graph.edges.length}"
    data-groups="${clusters.length}"
  >
    <title id="graph-t">Groups of members by common ground, and the introductions between groups</title>
    <desc id="graph-d">
      ${graph.nodes.length} members in ${clusters.length} groups and ${graph.edges.length} introduced pairs.
      The table below lists every group with the same numbers.
    </desc>
    <g class="links">${lines}</g>
    <g class="groups">${discs}</g>
  </svg>`;
}
