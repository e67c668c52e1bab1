import type { SafeHtml } from '../html.ts';
import { html, trusted } from '../html.ts';
import type { Outcome } from '../queries/intro-outcome-sql.ts';
import { OUTCOME_LABELS } from '../queries/intro-outcome-sql.ts';
import { px } from '../charts/nice-ticks.ts';
import type { Graph } from './build-graph.ts';
import type { ClusterLayout } from './cluster-layout.ts';
import { count as countOf } from '../pages/format.ts';

export const GRAPH_SIZE = { width: 1000, height: 720, margin: 8 } as const;

// Drawn bottom to top: unanswered intros fade into the background, genuine ones sit on top.
const DRAW_ORDER: readonly Outcome[] = ['none', 'no_show', 'transactional', 'genuine'];
const LABEL_CHARS = 22;
/** About how wide one character of a 12 px bold label is. */
const CHAR_WIDTH = 7.2;

const shorten = (text: string): string =>
  text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;

/**
 * The connection graph as one SVG: a faint labelled disc per common-ground group, one
 * `<path>` per outcome holding all its edges (one paint each, a few kilobytes per
 * thousand edges), then a dot per member with a `<title>` naming them.
 */
export function graphSvg(graph: Graph, layout: ClusterLayout, show: Outcome | 'all'): SafeHtml {
  const { x, y, group, clusters } = layout;
  const discs = clusters.map((c) => html`<circle cx="${px(c.x)}" cy="${px(c.y)}" r="${px(c.r)}"></circle>`);
  const labels = clusters.map((c) => {
    const text = `${shorten(c.label)} · ${c.size}`;
    // A label wider than its disc must not run off the frame: keep it whole inside.
    const half = text.length * CHAR_WIDTH * 0.5;
    const x = Math.min(GRAPH_SIZE.width - half - 2, Math.max(half + 2, c.x));
    return html`<text x="${px(x)}" y="${px(c.y - c.r - 5)}" text-anchor="middle"
      >${text}<title>${c.label}: ${countOf(c.size, 'member')}</title></text
    >`;
  });
  const paths = DRAW_ORDER.filter((o) => show === 'all' || show === o).map((outcome) => {
    let d = '';
    let count = 0;
    for (const e of graph.edges) {
      if (e.outcome !== outcome) continue;
      const [ga, gb] = [group[e.a]!, group[e.b]!];
      // Within a group a straight line; between groups a curve through both centres,
      // so the lines between two groups gather into one bundle instead of a mesh.
      const via =
        ga === gb
          ? 'L'
          : `C${px(clusters[ga]!.x)} ${px(clusters[ga]!.y)} ${px(clusters[gb]!.x)} ${px(clusters[gb]!.y)} `;
      d += `M${px(x[e.a]!)} ${px(y[e.a]!)}${via}${px(x[e.b]!)} ${px(y[e.b]!)}`;
      count++;
    }
    return count === 0
      ? null
      : html`<path class="${outcome}" d="${trusted(d)}"
          ><title>${OUTCOME_LABELS[outcome]}: ${countOf(count, 'pair')}</title></path
        >`;
  });
  const dots = graph.nodes.map(
    (n, i) =>
      html`<circle${n.left ? html` class="left"` : null} cx="${px(x[i]!)}" cy="${px(y[i]!)}" r="${px(layout.dot)}"><title>${n.name ?? `member ${n.memberId}`}${n.left ? ' (left)' : ''}: introduced to ${n.degree}</title></circle>`,
  );
  return html`<svg
    class="graph"
    viewBox="0 0 ${GRAPH_SIZE.width} ${GRAPH_SIZE.height}"
    role="img"
    aria-labelledby="graph-t graph-d"
    data-nodes="${graph.nodes.length}"
    data-edges="${graph.edges.length}"
  >
    <title id="graph-t">Who has been introduced to whom, grouped by common ground</title>
    <desc id="graph-d">
      ${graph.nodes.length} members in ${clusters.length} groups and ${graph.edges.length} introduced pairs;
      lines are coloured by how the introduction went. The tables below list the same numbers.
    </desc>
    <g class="clusters">${discs}</g>
    <g class="edges">${paths}</g>
    <g class="nodes">${dots}</g>
    <g class="labels">${labels}</g>
  </svg>`;
}
