import type { Queryable } from '../../../store/db.ts';
import type { DashboardHandler } from '../dashboard-router.ts';
import { html } from '../html.ts';
import { communityPath, layout } from '../layout.ts';
import { communitySummaries } from '../queries/community-summaries.ts';
import { SECURITY_HEADERS, sendHtml } from '../send-html.ts';
import { day } from './format.ts';

/** `GET /admin`: every community, and where to start when there is none yet. */
export function communitiesPage(db: Queryable): DashboardHandler {
  return async (ctx) => {
    const communities = await communitySummaries(db);
    // With one community there is nothing to choose: open it (the brand link keeps the list reachable).
    if (communities.length === 1 && !ctx.url.searchParams.has('all')) {
      ctx.res.writeHead(303, { ...SECURITY_HEADERS, location: communityPath(communities[0]!) }).end();
      return;
    }
    const rows = communities.map(
      (c) =>
        html`<tr>
          <th scope="row"><a href="${communityPath(c)}">${c.name ?? c.externalId}</a></th>
          <td>${c.platform}</td>
          <td>${c.status}</td>
          <td class="num">${c.active}</td>
          <td class="num">${c.paused}</td>
          <td class="num">${c.left}</td>
          <td class="num">${c.rounds}</td>
          <td>${day(c.lastRoundAt)}</td>
        </tr>`,
    );
    const table =
      communities.length === 0
        ? html`<div class="panel">
            <p>
              No community yet. Connect Slack or Discord and run <code>/intro join</code>, or import a roster
              below; <code>npx kindred simulate</code> can also seed a demo community.
            </p>
          </div>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">Community</th>
                <th scope="col">Platform</th>
                <th scope="col">Status</th>
                <th scope="col" class="num">Opted in</th>
                <th scope="col" class="num">Paused</th>
                <th scope="col" class="num">Left</th>
                <th scope="col" class="num">Rounds</th>
                <th scope="col">Last round</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`;
    sendHtml(
      ctx.res,
      200,
      layout(
        { title: 'Communities', csrf: ctx.csrf },
        html`<h1>Communities</h1>
          <p class="lede">Every workspace, server and imported roster Kindred introduces people in.</p>
          ${table}
          <h2>Import a roster</h2>
          <p>
            <a href="/admin/import">Import members from a CSV or JSON file</a> into a new offline community,
            for example to try Kindred before connecting a chat platform.
          </p>`,
      ),
    );
  };
}
