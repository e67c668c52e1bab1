import { z } from 'zod';
import type { Logger } from '../../../log.ts';
import type { Queryable } from '../../../store/db.ts';
import type { Graph } from '../graph/build-graph.ts';
import { buildGraph } from '../graph/build-graph.ts';
import { clusterLayout } from '../graph/cluster-layout.ts';
import { clusterLinks, clusterSvg } from '../graph/cluster-svg.ts';
import { GRAPH_SIZE, graphSvg } from '../graph/graph-svg.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import { connectionGraph } from '../queries/connection-graph.ts';
import type { Outcome } from '../queries/intro-outcome-sql.ts';
import { OUTCOME_LABELS, OUTCOMES } from '../queries/intro-outcome-sql.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { count } from './format.ts';
import { memberLink } from './member-link.ts';

const TOP = 15;

/** The members of one group and the pairs among them, as a graph of its own. */
function subgraph(graph: Graph, members: readonly number[], label: string): Graph {
  const index = new Map(members.map((m, i) => [m, i]));
  const edges = graph.edges.flatMap((e) => {
    const [a, b] = [index.get(e.a), index.get(e.b)];
    return a === undefined || b === undefined ? [] : [{ a, b, outcome: e.outcome }];
  });
  const degree = new Array<number>(members.length).fill(0);
  for (const e of edges) {
    degree[e.a]!++;
    degree[e.b]!++;
  }
  // One group: everyone shares the disc, so the layout is one sunflower, most connected in the middle.
  const nodes = members.map((m, i) => ({
    ...graph.nodes[m]!,
    interest: label,
    interests: [label],
    degree: degree[i]!,
  }));
  return { nodes, edges };
}

/**
 * `GET /admin/c/:id/graph`: members grouped by common ground, one disc per group with the
 * introductions between groups; `?group=<interest>` opens one group, drawing its members
 * and the pairs among them (`&show=<outcome>` keeps one outcome's lines).
 */
export function graphPage(db: Queryable, log: Logger): CommunityHandler {
  return async (ctx, community) => {
    const show: Outcome | 'all' = z
      .enum(['all', ...OUTCOMES])
      .catch('all')
      .parse(ctx.url.searchParams.get('show') ?? 'all');
    const asked = z
      .string()
      .max(200)
      .catch('')
      .parse(ctx.url.searchParams.get('group') ?? '');
    const graph = buildGraph(await connectionGraph(db, community.id));
    const started = performance.now();
    const placed = clusterLayout(graph, GRAPH_SIZE);
    const layoutMs = performance.now() - started;
    log.debug(
      { community: community.id, nodes: graph.nodes.length, edges: graph.edges.length, layoutMs },
      'graph laid out',
    );
    const base = communityPath(community, '/graph');
    const groupHref = (label: string) => `${base}?group=${encodeURIComponent(label)}`;
    const links = clusterLinks(graph, placed);
    const k = placed.clusters.findIndex((c) => c.label === asked);
    const genuineOf = new Array<number>(graph.nodes.length).fill(0);
    for (const e of graph.edges) {
      if (e.outcome !== 'genuine') continue;
      genuineOf[e.a]!++;
      genuineOf[e.b]!++;
    }
    const groupOf = (i: number) => placed.clusters[placed.group[i]!]?.label ?? '—';
    const memberTable = (members: readonly number[], caption: string) => {
      const rows = members
        .map((i) => ({ i, n: graph.nodes[i]!, genuine: genuineOf[i]! }))
        .sort((a, b) => b.n.degree - a.n.degree || b.genuine - a.genuine || a.n.memberId - b.n.memberId);
      return html`<table>
        <caption class="lede">
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Group</th>
            <th scope="col" class="num">Introduced to</th>
            <th scope="col" class="num">Genuine connections</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ i, n, genuine }) =>
              html`<tr>
                <th scope="row">${memberLink(community, n)}${n.left ? ' (left)' : ''}</th>
                <td>${groupOf(i)}</td>
                <td class="num">${n.degree}</td>
                <td class="num">${genuine}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
    };
    const frame = {
      title: `Connections · ${communityLabel(community)}`,
      community,
      active: 'graph' as const,
      csrf: ctx.csrf,
    };
    if (graph.nodes.length === 0) {
      sendHtml(
        ctx.res,
        200,
        layout(
          frame,
          html`<h1>Who has been introduced to whom</h1>
            <p class="panel">Nobody has been introduced yet.</p>`,
        ),
      );
      return;
    }

    if (k >= 0) {
      const cluster = placed.clusters[k]!;
      const members = graph.nodes.flatMap((_, i) => (placed.group[i] === k ? [i] : []));
      const sub = subgraph(graph, members, cluster.label);
      const subLayout = clusterLayout(sub, GRAPH_SIZE);
      const counts = OUTCOMES.map((o) => [o, sub.edges.filter((e) => e.outcome === o).length] as const);
      const groupBase = groupHref(cluster.label);
      const outward = links
        .filter((l) => l.a !== l.b && (l.a === k || l.b === k))
        .map((l) => ({ other: placed.clusters[l.a === k ? l.b : l.a]!, pairs: l.pairs, genuine: l.genuine }))
        .sort((a, b) => b.pairs - a.pairs);
      sendHtml(
        ctx.res,
        200,
        layout(
          { ...frame, title: `${cluster.label} · Connections · ${communityLabel(community)}` },
          html`<p><a href="${base}">All groups</a></p>
            <h1>${cluster.label}</h1>
            <p class="lede">
              ${count(cluster.size, 'member')} whose intros shared <strong>${cluster.label}</strong> more than
              any other interest kept as a group, and the ${count(sub.edges.length, 'pair')} introduced among
              them. Each dot is a member (grey: left), each line an introduction coloured by how it went;
              hover for names.
            </p>
            <p class="filters">
              Show:
              <a href="${groupBase}" aria-current="${show === 'all' ? 'true' : 'false'}">all</a>
              ${OUTCOMES.map((o) => html`<a href="${groupBase}&amp;show=${o}" aria-current="${show === o ? 'true' : 'false'}">${OUTCOME_LABELS[o].toLowerCase()}</a>`)}
            </p>
            <ul class="legend">
              ${counts.map(([o, n]) => html`<li><span class="swatch ${o}"></span>${OUTCOME_LABELS[o]}: ${n}</li>`)}
            </ul>
            ${graphSvg(sub, subLayout, show)}
            ${memberTable(members, `The ${count(cluster.size, 'member')} of this group`)}
            <h2>Introductions to other groups</h2>
            ${
              outward.length === 0
                ? html`<p>No one in this group was introduced to someone in another group.</p>`
                : html`<ul>
                    ${outward.map((o) => html`<li><a href="${groupHref(o.other.label)}">${o.other.label}</a>: ${count(o.pairs, 'pair')}, ${o.genuine} genuine</li>`)}
                  </ul>`
            }`,
        ),
      );
      return;
    }

    const top = graph.nodes
      .map((_, i) => i)
      .sort((a, b) => graph.nodes[b]!.degree - graph.nodes[a]!.degree || genuineOf[b]! - genuineOf[a]!)
      .slice(0, TOP);
    const groupRows = placed.clusters.map((c, g) => {
      const inside = links.find((l) => l.a === g && l.b === g);
      const touching = links.filter((l) => l.a === g || l.b === g);
      const pairs = touching.reduce((s, l) => s + l.pairs, 0);
      const genuine = touching.reduce((s, l) => s + l.genuine, 0);
      return html`<tr>
        <td class="num">${g + 1}</td>
        <th scope="row"><a href="${groupHref(c.label)}">${c.label}</a></th>
        <td class="num">${c.size}</td>
        <td class="num">${inside?.pairs ?? 0}</td>
        <td class="num">${pairs}</td>
        <td class="num">${genuine}</td>
      </tr>`;
    });
    sendHtml(
      ctx.res,
      200,
      layout(
        frame,
        html`<h1>Who has been introduced to whom</h1>
          <p class="lede">
            Members are grouped by the common ground their intros shared most: each disc is a group, as large
            as its membership, and each line joins two groups whose members were introduced, as thick as the
            number of pairs. Open a group to see its members and their introductions one by one.
          </p>
          ${clusterSvg(graph, placed, links, groupHref)}
          <p class="hint">
            ${count(graph.nodes.length, 'member')} introduced, ${count(graph.edges.length, 'pair')}; laid out
            in ${Math.round(layoutMs)} ms.
          </p>
          <h2>Groups</h2>
          <table>
            <thead>
              <tr>
                <th scope="col" class="num">No.</th>
                <th scope="col">Common ground</th>
                <th scope="col" class="num">Members</th>
                <th scope="col" class="num">Pairs within</th>
                <th scope="col" class="num">Pairs in all</th>
                <th scope="col" class="num">Genuine pairs</th>
              </tr>
            </thead>
            <tbody>
              ${groupRows}
            </tbody>
          </table>
          <h2>Most connected members</h2>
          ${memberTable(top, `The ${TOP} members introduced to the most people`)}`,
      ),
    );
  };
}
