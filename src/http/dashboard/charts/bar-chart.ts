import type { SafeHtml } from '../html.ts';
import { html } from '../html.ts';
import { FRAME, plotWidth, yAt } from './chart-frame.ts';
import { labelIndexes, niceTicks, px } from './nice-ticks.ts';

export interface Bar {
  label: string;
  value: number;
  /** Shown in the bar's tooltip, e.g. "12 joined, 1 left". */
  detail: string;
}

/** Counts over time as an inline SVG bar chart with a y axis of round numbers. */
export function barChart(input: {
  id: string;
  title: string;
  summary: string;
  bars: readonly Bar[];
}): SafeHtml {
  const { bars } = input;
  const ticks = niceTicks(Math.max(1, ...bars.map((b) => b.value)));
  const max = ticks.at(-1) ?? 1;
  const slot = bars.length > 0 ? plotWidth / bars.length : plotWidth;
  const width = Math.max(1, slot * 0.7);
  const labels = labelIndexes(bars.length, 6);
  return html`<svg
    class="chart"
    viewBox="0 0 ${FRAME.width} ${FRAME.height}"
    role="img"
    aria-labelledby="${input.id}-t ${input.id}-d"
    data-points="${bars.filter((b) => b.value > 0).length}"
  >
    <title id="${input.id}-t">${input.title}</title>
    <desc id="${input.id}-d">${input.summary}</desc>
    ${ticks.map(
      (t) =>
        html`<line
            class="grid"
            x1="${FRAME.left}"
            x2="${FRAME.width - FRAME.right}"
            y1="${px(yAt(t, max))}"
            y2="${px(yAt(t, max))}"
          ></line>
          <text x="${FRAME.left - 6}" y="${px(yAt(t, max) + 4)}" text-anchor="end">${t}</text>`,
    )}
    ${bars.map((b, i) => {
      const x = FRAME.left + i * slot + (slot - width) / 2;
      // The last label ends at its bar so that it is not cut off at the right edge.
      const last = i > 0 && i === bars.length - 1;
      return html`${b.value > 0 ? html`<rect class="bar" x="${px(x)}" y="${px(yAt(b.value, max))}" width="${px(width)}" height="${px(yAt(0, max) - yAt(b.value, max))}"><title>${b.label}: ${b.detail}</title></rect>` : null}
      ${labels.has(i) ? html`<text x="${px(last ? x + width : x + width / 2)}" y="${FRAME.height - FRAME.bottom + 18}" text-anchor="${last ? 'end' : 'middle'}">${b.label}</text>` : null}`;
    })}
    <line
      class="axis"
      x1="${FRAME.left}"
      x2="${FRAME.width - FRAME.right}"
      y1="${px(yAt(0, max))}"
      y2="${px(yAt(0, max))}"
    ></line>
    ${bars.length === 0 ? html`<text class="empty" x="${FRAME.width / 2}" y="${FRAME.height / 2}" text-anchor="middle">No data yet</text>` : null}
  </svg>`;
}
