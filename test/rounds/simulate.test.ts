import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { runSimulation } from '../../src/rounds/simulate/run-simulation.ts';

describe('kindred simulate', () => {
  it('runs a synthetic community through the pipeline; learned matching beats random pairs', async () => {
    // A fixed world: the whole run is deterministic for a seed.
    const report = await runSimulation({ members: 160, rounds: 3, seed: 3 });
    expect(report.learned).toHaveLength(3);
    for (const rows of [report.learned, report.random]) {
      expect(rows.every((r) => r.intros >= 78 && r.coverage > 0.95)).toBe(true);
      expect(rows.reduce((n, r) => n + r.repeats, 0)).toBe(0);
    }
    const rate = (rows: typeof report.learned) => rows.reduce((s, r) => s + r.genuineRate, 0) / rows.length;
    expect(rate(report.learned)).toBeGreaterThan(rate(report.random) * 1.3);
  }, 60_000);

  it('prints the table, and refuses bad arguments with usage', async () => {
    let out = '';
    let err = '';
    const io = {
      readFile: async () => '',
      stdout: (t: string) => (out += t),
      stderr: (t: string) => (err += t),
    };
    expect(
      await runCli(['simulate', '--members', '30', '--rounds', '2', '--format', 'json'], { io, env: {} }),
    ).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ members: 30, rounds: 2, learned: [{ round: 1 }, { round: 2 }] });
    expect(await runCli(['simulate', '--rounds', 'many'], { io, env: {} })).toBe(2);
    expect(err).toContain('--rounds');
  }, 60_000);
});
