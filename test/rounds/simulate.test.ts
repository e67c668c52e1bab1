import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { bondAt, DRIFT_ROUND, makeWorld } from '../../src/rounds/simulate/ground-truth.ts';
import { runSimulation } from '../../src/rounds/simulate/run-simulation.ts';
import { createTestDb } from '../support/test-db.ts';

describe('kindred simulate', () => {
  it('runs a synthetic community through the pipeline; learned matching beats random pairs', async () => {
    // A fixed world: the whole run is deterministic for a seed.
    const report = await runSimulation({ members: 160, rounds: 3, seed: 3 });
    expect(report.learned).toHaveLength(3);
    for (const rows of [report.learned, report.random]) {
      expect(rows.every((r) => r.intros >= 78 && r.coverage > 0.95)).toBe(true);
      expect(rows.reduce((n, r) => n + r.repeatsInCooldown + r.repeatsAfterCooldown, 0)).toBe(0);
    }
    const rate = (rows: typeof report.learned) => rows.reduce((s, r) => s + r.genuineRate, 0) / rows.length;
    expect(rate(report.learned)).toBeGreaterThan(rate(report.random) * 1.3);
  }, 240_000);

  it('prints the table, and refuses bad arguments with usage', async () => {
    let out = '';
    let err = '';
    const io = {
      readFile: async () => '',
      stdout: (t: string) => (out += t),
      stderr: (t: string) => (err += t),
    };
    expect(
      await runCli(['simulate', '--members', '30', '--rounds', '2', '--world', 'bias', '--format', 'json'], {
        io,
        env: {},
      }),
    ).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      members: 30,
      rounds: 2,
      world: 'bias',
      cooldown: 6,
      learned: [{ round: 1, repeatsInCooldown: 0 }, { round: 2 }],
    });
    out = '';
    expect(await runCli(['simulate', '--members', '30', '--rounds', '1'], { io, env: {} })).toBe(0);
    expect(out).toContain('same cooldown');
    expect(out).not.toContain('no-repeat');
    expect(await runCli(['simulate', '--rounds', 'many'], { io, env: {} })).toBe(2);
    expect(err).toContain('--rounds');
    expect(await runCli(['simulate', '--world', 'mars'], { io, env: {} })).toBe(2);
    expect(err).toContain('--world: expected one of independent, rarity, flat, bias, drift');
  }, 240_000);

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
  }, 240_000);

  describe('worlds', () => {
    const holders = (world: ReturnType<typeof makeWorld>, key: string) =>
      world.members.filter((m) =>
        key.startsWith('hobby:') ? m.hobbies.includes(key.slice(6)) : m.volunteer.includes(key.slice(10)),
      ).length;

    it('independent: a few interests bond strongly, whether common or rare', () => {
      const world = makeWorld(400, 1, 'independent');
      const strong = [...world.bond].filter(([, b]) => b > 1.5).map(([k]) => holders(world, k));
      expect(strong.length).toBeGreaterThan(5);
      expect(Math.max(...strong)).toBeGreaterThan(3 * Math.max(1, Math.min(...strong)));
    });

    it('rarity: the rarer an interest, the more it bonds; flat: all the same', () => {
      const world = makeWorld(400, 1, 'rarity');
      const held = [...world.bond].map(([k, b]) => [holders(world, k), b] as const).filter(([h]) => h > 0);
      for (const [h1, b1] of held) for (const [h2, b2] of held) if (h1 < h2) expect(b1).toBeGreaterThan(b2);
      expect(new Set(makeWorld(400, 1, 'flat').bond.values()).size).toBe(1);
    });

    it('bias: about a third of members say "genuine" regardless; other worlds have none', () => {
      const share = makeWorld(600, 2, 'bias').members.filter((m) => m.yesSayer).length / 600;
      expect(share).toBeGreaterThan(0.27);
      expect(share).toBeLessThan(0.4);
      expect(makeWorld(600, 2, 'independent').members.some((m) => m.yesSayer)).toBe(false);
    });

    it('drift: what bonds people changes at round 6', () => {
      const world = makeWorld(200, 3, 'drift');
      expect(bondAt(world, DRIFT_ROUND - 1)).toBe(world.bond);
      expect(bondAt(world, DRIFT_ROUND)).not.toEqual(world.bond);
      const steady = makeWorld(200, 3, 'independent');
      expect(bondAt(steady, 10)).toBe(steady.bond);
    });
  });
});
