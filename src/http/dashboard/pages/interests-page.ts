import type { Queryable } from '../../../store/db.ts';
import { px } from '../charts/nice-ticks.ts';
import { html } from '../html.ts';
import { communityLabel, layout } from '../layout.ts';
import { interestOutcomes } from '../queries/interest-outcomes.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { rate } from './format.ts';

const BAR = { width: 160, height: 14 };
const SHOWN = 100;

/** A bar as long as the count (not the rate), so one lucky intro looks as small as it is. */
function countBar(genuine: number, max: number) {
  const w = max > 0 ? (BAR.width * genuine) / max : 0;
  return html`<svg
    class="interest-bar"
    width="${BAR.width}"
    height="${BAR.height}"
    viewBox="0 0 ${BAR.width} ${BAR.height}"
    aria-hidden="true"
  >
    <rect class="track" width="${BAR.width}" height="${BAR.height}"></rect>
    <rect class="fill" width="${px(w)}" height="${BAR.height}"></rect>
  </svg>`;
}

/** `GET /admin/c/:id/interests`: which shared interests led to genuine connections. */
export function interestsPage(db: Queryable): CommunityHandler {
  return async (ctx, community) => {
    const all = await interestOutcomes(db, community.id);
    const rows = all.slice(0, SHOWN);
    const max = Math.max(0, ...rows.map((r) => r.genuine));
    const body = rows.map(
      (r, i) =>
        html`<tr>
          <td class="num">${i + 1}</td>
          <th scope="row">${r.interest}</th>
          <td>${r.kind === 'hobby' ? 'hobby' : 'volunteering'}</td>
          <td>${countBar(r.genuine, max)}</td>
          <td class="num">${r.genuine}</td>
          <td class="num">${r.answered}</td>
          <td class="num">${r.intros}</td>
          <td class="num">${rate(r.genuine, r.answered)}</td>
          <td class="num">${r.inTouch}</td>
        </tr>`,
    );
    sendHtml(
      ctx.res,
      200,
      layout(
        {
          title: `Common ground · ${communityLabel(community)}`,
          community,
          active: 'interests',
          csrf: ctx.csrf,
        },
        html`<h1>Which common ground works</h1>
          <p class="lede">
            Shared interests ranked by how many intros they led to a genuine connection, then by the share of
            answered intros. The bar is the count, so an interest with one lucky intro stays short; read the
            rate with its counts.
          </p>
          ${
            rows.length === 0
              ? html`<p class="panel">No intro has shared ground yet.</p>`
              : html`<table>
                  <caption class="lede">
                    ${all.length > SHOWN ? `Top ${SHOWN} of ${all.length} interests` : `${all.length} interest(s)`}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" class="num">Rank</th>
                      <th scope="col">Interest</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Genuine connections</th>
                      <th scope="col" class="num">Genuine</th>
                      <th scope="col" class="num">Answered</th>
                      <th scope="col" class="num">Intros</th>
                      <th scope="col" class="num">Genuine rate</th>
                      <th scope="col" class="num">Still in touch</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${body}
                  </tbody>
                </table>`
          }`,
      ),
    );
  };
}
