import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/http/dashboard/charts/bar-chart.ts';
import { lineChart } from '../../src/http/dashboard/charts/line-chart.ts';
import { labelIndexes, niceTicks } from '../../src/http/dashboard/charts/nice-ticks.ts';

describe('server-rendered charts', () => {
  it('draws one titled point per round with counts, and leaves a gap where there is nothing to count', () => {
    const svg = lineChart({
      id: 'c',
      title: 'Met rate',
      of: 'answered intros',
      points: [
        { label: '2026-11-02', k: 3, n: 4 },
        { label: '2026-11-09', k: 0, n: 0 },
        { label: '2026-11-16', k: 1, n: 2 },
      ],
    })
      .value.replace(/\s+/g, ' ')
      .replace(/> </g, '><');
    expect(svg.match(/<circle class="point"/g)).toHaveLength(2);
    expect(svg).toContain('<title>2026-11-02: 75% (3 of 4 answered intros)</title>');
    expect(svg).toContain('data-points="2"');
    // Two separate segments: M…M, never L across the empty round.
    expect(/d="M[^L"]*M/.test(svg)).toBe(true);
    expect(svg).toContain('role="img" aria-labelledby="c-t c-d"');
    expect(svg).toContain('<desc id="c-d">Latest 50% (1 of 2 answered intros) over 2 rounds.</desc>');
  });

  it('says there is no data yet instead of drawing an empty line', () => {
    const svg = lineChart({ id: 'e', title: 'x', of: 'intros', points: [] })
      .value.replace(/\s+/g, ' ')
      .replace(/> </g, '><');
    expect(svg).toContain('No data yet');
    expect(svg).not.toContain('<path');
  });

  it('draws bars only for weeks with joins, on an axis of round numbers', () => {
    const svg = barChart({
      id: 'b',
      title: 'Joins',
      summary: '',
      bars: [
        { label: 'w1', value: 7, detail: '7 joined' },
        { label: 'w2', value: 0, detail: '0 joined' },
      ],
    })
      .value.replace(/\s+/g, ' ')
      .replace(/> </g, '><');
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(1);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('prints at most about the asked number of x labels, always the latest', () => {
    const shown = labelIndexes(52, 6);
    expect(shown.size).toBeLessThanOrEqual(7);
    expect(shown.has(51)).toBe(true);
    expect(labelIndexes(3, 6)).toEqual(new Set([0, 1, 2]));
  });
});
