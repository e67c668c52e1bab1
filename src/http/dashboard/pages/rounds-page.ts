import type { Queryable } from '../../../store/db.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import { deliveryFailures } from '../queries/delivery-failures.ts';
import { roundList } from '../queries/round-list.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { day } from './format.ts';
import { failureTable } from './failure-table.ts';

const ROUND_STATUS_WORDS = {
  claimed: 'being planned',
  planned: 'planned',
  done: 'done',
  failed: 'failed',
} as const;

/** `GET /admin/c/:id/rounds`: every round's intros, trios, sit-outs and failed deliveries. */
export function roundsPage(db: Queryable): CommunityHandler {
  return async (ctx, community) => {
    const [rounds, failures] = await Promise.all([
      roundList(db, community.id),
      deliveryFailures(db, community.id),
    ]);
    const rows = rounds.map(
      (r) =>
        html`<tr>
          <th scope="row">
            <a href="${communityPath(community, `/rounds/${r.id}`)}">${day(r.createdAt)}</a>
          </th>
          <td>${ROUND_STATUS_WORDS[r.status]}</td>
          <td class="num">${r.eligible ?? '—'}</td>
          <td class="num">${r.intros}</td>
          <td class="num">${r.trios}</td>
          <td class="num">${r.satOut}</td>
          <td class="num">${r.sent}</td>
          <td class="num">${r.failed}</td>
          <td class="num">${r.cancelled}</td>
        </tr>`,
    );
    sendHtml(
      ctx.res,
      200,
      layout(
        { title: `Rounds · ${communityLabel(community)}`, community, active: 'rounds', csrf: ctx.csrf },
        html`<h1>Rounds</h1>
          <p class="lede">Open a round to see each intro, who sat out and why, and what failed.</p>
          ${
            rounds.length === 0
              ? html`<p class="panel">
                  No round yet.
                  <a href="${communityPath(community, '/preview')}">Preview the next round</a> to see what it
                  would do.
                </p>`
              : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">Round</th>
                      <th scope="col">Status</th>
                      <th scope="col" class="num">Taking part</th>
                      <th scope="col" class="num">Intros</th>
                      <th scope="col" class="num">Trios</th>
                      <th scope="col" class="num">Sat out</th>
                      <th scope="col" class="num">Delivered</th>
                      <th scope="col" class="num">Failed</th>
                      <th scope="col" class="num">Called off</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${rows}
                  </tbody>
                </table>`
          }
          <h2>What did not go out</h2>
          ${failureTable(failures, true)}`,
      ),
    );
  };
}
