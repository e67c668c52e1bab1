import { TRUE_GENUINE_RATE } from '../../domain/outcome-rates.ts';
import type { RoundMetrics } from './round-metrics.ts';
import type { SimulationReport } from './run-simulation.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const mean = (rows: RoundMetrics[], f: (r: RoundMetrics) => number) =>
  rows.length === 0 ? 0 : rows.reduce((sum, r) => sum + f(r), 0) / rows.length;

/** How the learner did against random pairs, per round and overall. */
export function summarise(report: SimulationReport) {
  const window = Math.max(1, Math.min(3, Math.floor(report.rounds / 2)));
  const rate = (rows: RoundMetrics[]) => mean(rows, (r) => r.genuineRate);
  return {
    learned: {
      genuineRate: rate(report.learned),
      first: rate(report.learned.slice(0, window)),
      last: rate(report.learned.slice(-window)),
    },
    random: {
      genuineRate: rate(report.random),
      first: rate(report.random.slice(0, window)),
      last: rate(report.random.slice(-window)),
    },
    window,
  };
}

/** The plain-text table `kindred simulate` prints. */
export function formatReport(report: SimulationReport): string {
  const head = [
    'round',
    'intros',
    'trios',
    'sat out',
    'coverage',
    'in cooldown',
    'after',
    'genuine',
    '| random:',
    'genuine',
    'after',
    'coverage',
  ];
  const widths = head.map((h) => Math.max(h.length, 8));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join(' ');
  const rows = report.learned.map((l, i) => {
    const r = report.random[i]!;
    return line([
      String(l.round),
      String(l.intros),
      String(l.trios),
      String(l.satOut),
      pct(l.coverage),
      String(l.repeatsInCooldown),
      String(l.repeatsAfterCooldown),
      pct(l.genuineRate),
      '|',
      pct(r.genuineRate),
      String(r.repeatsAfterCooldown),
      pct(r.coverage),
    ]);
  });
  const s = summarise(report);
  return [
    `kindred simulate: world ${report.world}, ${report.members} members, ${report.rounds} rounds, seed ${report.seed}, ${report.seconds.toFixed(1)} s`,
    `Learned matching against random pairs under the same cooldown (no pair meets again within ${report.cooldown} rounds);`,
    '"in cooldown" counts repeats the cooldown should have stopped, "after" pairs who met again once it ran out;',
    `${TRUE_GENUINE_RATE.name}: ${TRUE_GENUINE_RATE.definition}.`,
    '',
    line(head),
    ...rows,
    '',
    `${TRUE_GENUINE_RATE.name}: learned ${pct(s.learned.genuineRate)}, random ${pct(s.random.genuineRate)} (${(s.learned.genuineRate / Math.max(s.random.genuineRate, 1e-9)).toFixed(2)}x)`,
    `first ${s.window} rounds -> last ${s.window}: learned ${pct(s.learned.first)} -> ${pct(s.learned.last)}, random ${pct(s.random.first)} -> ${pct(s.random.last)}`,
  ].join('\n');
}
