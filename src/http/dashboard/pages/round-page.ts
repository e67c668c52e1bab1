import type { Queryable } from '../../../store/db.ts';
import { html } from '../html.ts';
import { communityLabel, communityPath, layout } from '../layout.ts';
import { OUTCOME_LABELS } from '../queries/intro-outcome-sql.ts';
import { roundHeader } from '../queries/round-header.ts';
import { roundIntros } from '../queries/round-intros.ts';
import { roundSatOut, SAT_OUT_REASONS } from '../queries/round-sat-out.ts';
import { sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import { messagePage } from './message-page.ts';
import { day, who } from './format.ts';

/** `GET /admin/c/:id/rounds/:round`: one round's intros, sit-outs and failures. */
export function roundPage(db: Queryable): CommunityHandler {
  return async (ctx, community) => {
    const roundId = Number(ctx.params['round']);
    const round = Number.isSafeInteger(roundId) ? await roundHeader(db, community.id, roundId) : undefined;
    if (!round) {
      sendHtml(ctx.res, 404, messagePage('Not found', 'This community has no round with that number.'));
      return;
    }
    const [intros, satOut] = await Promise.all([
      roundIntros(db, community.id, round.id),
      roundSatOut(db, community.id, round.id),
    ]);
    const failed = intros.filter((i) => i.status === 'failed' || i.status === 'cancelled');
    const introRows = intros.map(
      (i) =>
        html`<tr>
          <th scope="row">${i.members.map(who).join(' · ')}</th>
          <td>${[...i.shared.hobbies, ...i.shared.volunteer].join(', ') || '—'}</td>
          <td>${i.why}</td>
          <td>
            <span class="status ${i.status}">${i.status}</span
            >${i.failureReason ? html` <code>${i.failureReason}</code>` : null}
          </td>
          <td><span class="status ${i.outcome}">${OUTCOME_LABELS[i.outcome]}</span></td>
        </tr>`,
    );
    sendHtml(
      ctx.res,
      200,
      layout(
        {
          title: `Round ${day(round.createdAt)} · ${communityLabel(community)}`,
          community,
          active: 'rounds',
          csrf: ctx.csrf,
        },
        html`<h1>Round of ${day(round.createdAt)}</h1>
          <p class="lede">
            <code>${round.period}</code> · ${round.status} · ${intros.length} intro(s),
            ${intros.filter((i) => i.size === 3).length} trio(s), ${satOut.length} sat out, ${failed.length}
            not delivered · <a href="${communityPath(community, '/rounds')}">all rounds</a>
          </p>
          <h2>Intros</h2>
          ${
            intros.length === 0
              ? html`<p>This round made no intros.</p>`
              : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">Members</th>
                      <th scope="col">Common ground</th>
                      <th scope="col">Why</th>
                      <th scope="col">Delivery</th>
                      <th scope="col">Outcome</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${introRows}
                  </tbody>
                </table>`
          }
          <h2>Who sat out and why</h2>
          ${
            satOut.length === 0
              ? html`<p>Nobody sat out.</p>`
              : html`<ul>
                  ${satOut.map((s) => html`<li>${who(s)}: ${SAT_OUT_REASONS[s.code ?? ''] ?? s.code ?? 'no reason recorded'}</li>`)}
                </ul>`
          }
          <h2>Delivery failures</h2>
          ${
            failed.length === 0
              ? html`<p>Every intro of this round was delivered or is on its way.</p>`
              : html`<ul>
                  ${failed.map((i) => html`<li>${i.members.map(who).join(' · ')}: ${i.status}, <code>${i.failureReason ?? 'no reason recorded'}</code></li>`)}
                </ul>`
          }`,
      ),
    );
  };
}
