import { OUTCOME_RATES, outcomeRate } from '../../../domain/outcome-rates.ts';
import { lineChart } from '../charts/line-chart.ts';
import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { communityPath } from '../layout.ts';
import { day, rate } from '../pages/format.ts';
import type { RoundPrediction } from './community-learning.ts';
import { signed } from './chance-points.ts';

/** The predicted rate's k, rounded so its tooltip reads "6.4 of 10". */
const tenth = (v: number) => Math.round(v * 10) / 10;

/**
 * Per round, the genuine-connection rate members answered beside the rate the model
 * expects for the same intros: a table, and the two as small line charts.
 */
export function roundPredictions(community: { id: number }, rounds: readonly RoundPrediction[]): SafeHtml {
  const answered = rounds.filter((r) => r.answered > 0);
  if (answered.length === 0) return html`<p class="panel">No round has answered intros yet.</p>`;
  const name = OUTCOME_RATES.genuine.name;
  const rows = answered.map((r) => {
    const actual = outcomeRate('genuine', r);
    const predicted = r.predicted > 0 ? r.expected / r.predicted : undefined;
    return html`<tr>
      <th scope="row">
        <a href="${communityPath(community, `/rounds/${r.roundId}`)}">${day(r.createdAt)}</a>
      </th>
      <td class="num">${r.answered}</td>
      <td class="num">${r.genuine}</td>
      <td class="num">${rate(actual.k, actual.n)}</td>
      <td class="num">${predicted === undefined ? '—' : `${Math.round(100 * predicted)}%`}</td>
      <td class="num">
        ${predicted === undefined || actual.rate === undefined ? '—' : signed(100 * (actual.rate - predicted))}
      </td>
    </tr>`;
  });
  const chart = (id: string, title: string, points: { label: string; k: number; n: number }[]) =>
    html`<figure>
      <figcaption>${title}</figcaption>
      ${lineChart({ id, title: `${title} by round`, of: OUTCOME_RATES.genuine.of, points })}
    </figure>`;
  return html`<div class="charts">
      ${chart(
        'chart-answered-genuine',
        `${name}, as answered`,
        answered.map((r) => ({ label: day(r.createdAt), k: r.genuine, n: r.answered })),
      )}
      ${chart(
        'chart-predicted-genuine',
        `${name}, as the model expects`,
        answered.map((r) => ({ label: day(r.createdAt), k: tenth(r.expected), n: r.predicted })),
      )}
    </div>
    <table class="predictions">
      <thead>
        <tr>
          <th scope="col">Round</th>
          <th scope="col" class="num">Answered intros</th>
          <th scope="col" class="num">Genuine</th>
          <th scope="col" class="num">${name}</th>
          <th scope="col" class="num">Model expects</th>
          <th scope="col" class="num">Answered − expected (points)</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}
