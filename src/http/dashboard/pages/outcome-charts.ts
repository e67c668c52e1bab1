import { OUTCOME_RATES, outcomeRate, RATE_KEYS } from '../../../domain/outcome-rates.ts';
import type { RateKey } from '../../../domain/outcome-rates.ts';
import { dataTable } from '../charts/data-table.ts';
import { lineChart } from '../charts/line-chart.ts';
import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import type { RoundOutcomes } from '../queries/outcomes-by-round.ts';
import { day, rate } from './format.ts';

const CHART_IDS: Readonly<Record<RateKey, string>> = {
  answered: 'answered',
  met: 'met',
  genuine: 'genuine',
  inTouch: 'in-touch',
};

/** The four outcome rates per round as small line charts, with one table of the counts. */
export function outcomeCharts(rounds: readonly RoundOutcomes[]): SafeHtml {
  const charts = RATE_KEYS.map((key) => {
    const spec = OUTCOME_RATES[key];
    return html`<figure>
      <figcaption>${spec.name}<span class="note">${spec.definition}</span></figcaption>
      ${lineChart({
        id: `chart-${CHART_IDS[key]}`,
        title: `${spec.name} by round`,
        of: spec.of,
        points: rounds.map((r) => ({ label: day(r.createdAt), ...outcomeRate(key, r) })),
      })}
    </figure>`;
  });
  const table = dataTable(
    'outcomes by round',
    [
      'Round',
      'Intros',
      'Delivered',
      'Answered',
      'Met',
      'Genuine',
      'Checked in',
      'In touch',
      ...RATE_KEYS.map((key) => OUTCOME_RATES[key].name),
    ],
    rounds.map((r) => [
      day(r.createdAt),
      r.intros,
      r.sent,
      r.answered,
      r.met,
      r.genuine,
      r.checkedIn,
      r.inTouch,
      ...RATE_KEYS.map((key) => {
        const { k, n } = outcomeRate(key, r);
        return rate(k, n);
      }),
    ]),
    'No round has made intros yet, so there are no outcomes to count.',
  );
  return html`<div class="charts">${charts}</div>
    ${table}`;
}
