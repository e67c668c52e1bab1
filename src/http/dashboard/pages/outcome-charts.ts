import { dataTable } from '../charts/data-table.ts';
import { lineChart } from '../charts/line-chart.ts';
import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import type { RoundOutcomes } from '../queries/outcomes-by-round.ts';
import { day, rate } from './format.ts';

interface RateSpec {
  id: string;
  title: string;
  note: string;
  of: string;
  k: (r: RoundOutcomes) => number;
  n: (r: RoundOutcomes) => number;
}

const RATES: readonly RateSpec[] = [
  {
    id: 'answered',
    title: 'Answered rate',
    note: 'Delivered intros where someone said how it went.',
    of: 'delivered intros',
    k: (r) => Math.min(r.answered, r.sent),
    n: (r) => r.sent,
  },
  {
    id: 'met',
    title: 'Met rate',
    note: 'Answered intros where the people met (genuine or transactional).',
    of: 'answered intros',
    k: (r) => r.met,
    n: (r) => r.answered,
  },
  {
    id: 'genuine',
    title: 'Genuine-connection rate',
    note: 'Answered intros where someone felt a genuine connection.',
    of: 'answered intros',
    k: (r) => r.genuine,
    n: (r) => r.answered,
  },
  {
    id: 'in-touch',
    title: 'Still in touch',
    note: 'At the check-in weeks later: intros where people are still in touch.',
    of: 'checked-in intros',
    k: (r) => r.inTouch,
    n: (r) => r.checkedIn,
  },
];

/** The four outcome rates per round as small line charts, with one table of the counts. */
export function outcomeCharts(rounds: readonly RoundOutcomes[]): SafeHtml {
  const charts = RATES.map(
    (spec) =>
      html`<figure>
        <figcaption>${spec.title}<span class="note">${spec.note}</span></figcaption>
        ${lineChart({
          id: `chart-${spec.id}`,
          title: `${spec.title} by round`,
          of: spec.of,
          points: rounds.map((r) => ({ label: day(r.createdAt), k: spec.k(r), n: spec.n(r) })),
        })}
      </figure>`,
  );
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
      ...RATES.map((r) => r.title),
    ],
    rounds.map((r) => [
      `${day(r.createdAt)} (${r.period})`,
      r.intros,
      r.sent,
      r.answered,
      r.met,
      r.genuine,
      r.checkedIn,
      r.inTouch,
      ...RATES.map((spec) => rate(spec.k(r), spec.n(r))),
    ]),
  );
  return html`<div class="charts">${charts}</div>
    ${table}`;
}
