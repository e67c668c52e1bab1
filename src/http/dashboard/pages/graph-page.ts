import type { Logger } from '../../../log.ts';
import type { Queryable } from '../../../store/db.ts';
import { buildGraph } from '../graph/build-graph.ts';
import { clusterLayout } from '../graph/cluster-layout.ts';
import { GRAPH_SIZE, graphSvg } from '../graph/graph-svg.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import { connectionGraph } from '../queries/connection-graph.ts';
import type { Outcome } from '../queries/intro-outcome-sql.ts';
import { OUTCOME_LABELS, OUTCOMES } from '../queries/intro-outcome-sql.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';

const TOP = 15;

/** `GET /admin/c/:id/graph[?show=genuine]`: the connection graph, coloured by outcome. */
export function graphPage(db: Queryable, log: Logger): CommunityHandler {
  return async (ctx, community) => {
    const asked = ctx.url.searchParams.get('show');
    const show: Outcome | 'all' = OUTCOMES.find((o) => o === asked) ?? 'all';
    const graph = buildGraph(await connectionGraph(db, community.id));
    const started = performance.now();
    const placed = clusterLayout(graph, GRAPH_SIZE);
    const layoutMs = performance.now() - started;
    log.debug(
      { community: community.id, nodes: graph.nodes.length, edges: graph.edges.length, layoutMs },
      'graph laid out',
    );
    const counts = OUTCOMES.map((o) => [o, graph.edges.filter((e) => e.outcome === o).length] as const);
    const genuineOf = new Array<number>(graph.nodes.length).fill(0);
    for (const e of graph.edges) {
      if (e.outcome !== 'genuine') continue;
      genuineOf[e.a]!++;
      genuineOf[e.b]!++;
    }
    const top = graph.nodes
      .map((n, i) => ({ n, genuine: genuineOf[i]! }))
      .sort((a, b) => b.n.degree - a.n.degree || b.genuine - a.genuine)
      .slice(0, TOP);
    const base = communityPath(community, '/graph');
    sendHtml(
      ctx.res,
      200,
      layout(
        { title: `Connections · ${communityLabel(community)}`, community, active: 'graph', csrf: ctx.csrf },
        html`<h1>Who has been introduced to whom</h1>
          <p class="lede">
            Each dot is a member, grouped by the common ground their intros shared most; the most connected
            sit in the middle of their group, and grey dots have left. Each line is an introduction, coloured
            by how it went. Hover for names.
          </p>
          <p class="filters">
            Show:
            <a href="${base}" aria-current="${show === 'all' ? 'true' : 'false'}">all</a>
            ${OUTCOMES.map((o) => html`<a href="${base}?show=${o}" aria-current="${show === o ? 'true' : 'false'}">${OUTCOME_LABELS[o].toLowerCase()}</a>`)}
          </p>
          <ul class="legend">
            ${counts.map(([o, n]) => html`<li><span class="swatch ${o}"></span>${OUTCOME_LABELS[o]}: ${n}</li>`)}
          </ul>
          ${graph.nodes.length === 0 ? html`<p class="panel">Nobody has been introduced yet.</p>` : graphSvg(graph, placed, show)}
          <p class="hint">
            ${graph.nodes.length} members, ${graph.edges.length} pairs; laid out in ${Math.round(layoutMs)}
            ms.
          </p>
          <h2>Most connected members</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col" class="num">Introduced to</th>
                <th scope="col" class="num">Genuine connections</th>
              </tr>
            </thead>
            <tbody>
              ${top.map(
                ({ n, genuine }) =>
                  html`<tr>
                    <th scope="row">${n.name ?? `member ${n.memberId}`}${n.left ? ' (left)' : ''}</th>
                    <td class="num">${n.degree}</td>
                    <td class="num">${genuine}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
      ),
    );
  };
}
