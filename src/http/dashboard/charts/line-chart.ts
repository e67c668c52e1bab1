import type { SafeHtml } from '../html.ts';
import { html, trusted } from '../html.ts';
import { FRAME, plotWidth, yAt } from './chart-frame.ts';
import { labelIndexes, px } from './nice-ticks.ts';
import { count } from '../pages/format.ts';

export interface RatePoint {
  /** The x label: a round's date. */
  label: string;
  /** Successes and trials: the rate is k/n, drawn only when n > 0. */
  k: number;
  n: number;
}

export interface LineChartInput {
  id: string;
  title: string;
  /** What the rate is out of, e.g. "answered intros". */
  of: string;
  points: readonly RatePoint[];
}

const percent = (k: number, n: number): string => `${Math.round((100 * k) / n)}%`;

/**
 * A rate over time as an inline SVG line chart, 0–100 %, one point per round. Each point
 * has a `<title>` with its counts; rounds with nothing to count leave a gap in the line.
 */
export function lineChart(input: LineChartInput): SafeHtml {
  const { points } = input;
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  const xAt = (i: number) => FRAME.left + (points.length > 1 ? i * step : plotWidth / 2);
  const labels = labelIndexes(points.length, 6);

  let path = '';
  let pen = false;
  points.forEach((p, i) => {
    if (p.n === 0) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${px(xAt(i))} ${px(yAt(p.k / p.n, 1))}`;
    pen = true;
  });

  const grid = [0, 0.25, 0.5, 0.75, 1].map(
    (v) =>
      html`<line
          class="grid"
          x1="${FRAME.left}"
          x2="${FRAME.width - FRAME.right}"
          y1="${px(yAt(v, 1))}"
          y2="${px(yAt(v, 1))}"
        ></line>
        <text x="${FRAME.left - 6}" y="${px(yAt(v, 1) + 4)}" text-anchor="end">${v * 100}%</text>`,
  );
  const xLabels = points.map((p, i) =>
    labels.has(i)
      ? html`<text
          x="${px(xAt(i))}"
          y="${FRAME.height - FRAME.bottom + 18}"
          text-anchor="${i > 0 && i === points.length - 1 ? 'end' : 'middle'}"
          >${p.label}</text
        >`
      : null,
  );
  const dots = points.map((p, i) =>
    p.n === 0
      ? null
      : html`<circle class="point" cx="${px(xAt(i))}" cy="${px(yAt(p.k / p.n, 1))}" r="4"
          ><title>${p.label}: ${percent(p.k, p.n)} (${p.k} of ${p.n} ${input.of})</title></circle
        >`,
  );
  const drawn = points.filter((p) => p.n > 0);
  const latest = drawn.at(-1);
  const summary = latest
    ? `Latest ${percent(latest.k, latest.n)} (${latest.k} of ${latest.n} ${input.of}) over ${count(drawn.length, 'round')}.`
    : `No ${input.of} yet.`;

  return html`<svg
    class="chart"
    viewBox="0 0 ${FRAME.width} ${FRAME.height}"
    role="img"
    aria-labelledby="${input.id}-t ${input.id}-d"
    data-points="${drawn.length}"
  >
    <title id="${input.id}-t">${input.title}</title>
    <desc id="${input.id}-d">${summary}</desc>
    ${grid}
    <line
      class="axis"
      x1="${FRAME.left}"
      x2="${FRAME.width - FRAME.right}"
      y1="${px(yAt(0, 1))}"
      y2="${px(yAt(0, 1))}"
    ></line>
    ${xLabels}
    ${path === '' ? html`<text class="empty" x="${FRAME.width / 2}" y="${FRAME.height / 2}" text-anchor="middle">No data yet</text>` : html`<path class="series" d="${trusted(path)}"></path>`}
    ${dots}
  </svg>`;
}
