import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { runSimulation } from '../../src/rounds/simulate/run-simulation.ts';
import { createTestDb } from '../support/test-db.ts';

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

  it('leaves the learning community behind as offline:demo for the dashboard with --keep', async () => {
    const test = await createTestDb('pglite');
    try {
      await runSimulation({ members: 30, rounds: 2, seed: 2, db: test.db, keep: true });
      const { rows } = await test.db.query<{ externalId: string; intros: number; feedback: number }>(
        `SELECT c.external_id AS "externalId",
           (SELECT count(*) FROM intros i WHERE i.community_id = c.id) AS intros,
           (SELECT count(*) FROM feedback f JOIN intros i ON i.id = f.intro_id WHERE i.community_id = c.id) AS feedback
         FROM communities c WHERE c.platform = 'offline'`,
      );
      expect(rows).toEqual([{ externalId: 'demo', intros: 30, feedback: expect.any(Number) }]);
      expect(rows[0]!.feedback).toBeGreaterThan(10);
    } finally {
      await test.drop();
    }
  }, 60_000);
});
