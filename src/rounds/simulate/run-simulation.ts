import type { Logger } from '../../log.ts';
import { silentLogger } from '../../log.ts';
import { matchMembers } from '../../matching/match-members.ts';
import { mulberry32 } from '../../matching/random.ts';
import { migrate } from '../../store/migrate.ts';
import type { Db } from '../../store/db.ts';
import { createPgliteDb } from '../../store/pglite-db.ts';
import { createDeliveryWorker } from '../delivery/delivery-worker.ts';
import type { Matcher } from '../plan-round.ts';
import { schedulerTick } from '../schedule/scheduler-tick.ts';
import { makeWorld, type WorldKind } from './ground-truth.ts';
import { randomMatcher } from './random-matcher.ts';
import type { RoundMetrics } from './round-metrics.ts';
import { roundMetrics } from './round-metrics.ts';
import { seedSimCommunity } from './seed-sim-community.ts';
import { SimulatedMembers } from './simulated-members.ts';
import { SimulatedPlatform } from './simulated-platform.ts';

export interface SimulationOptions {
  members?: number;
  rounds?: number;
  seed?: number;
  /** What bonds the synthetic members (see WORLDS); independent by default. */
  world?: WorldKind;
  /** Where to run; an in-memory PGlite when absent. */
  db?: Db;
  /** Leave the learning community behind as `offline:demo` for the dashboard. */
  keep?: boolean;
  log?: Logger;
}

export interface SimulationReport {
  members: number;
  rounds: number;
  seed: number;
  world: WorldKind;
  /** Rounds during which two people are not introduced again. */
  cooldown: number;
  learned: RoundMetrics[];
  random: RoundMetrics[];
  seconds: number;
}

const DAY = 86_400_000;
// Mondays at 10:00 UTC, the default schedule, a few seconds after the hour.
const FIRST_MONDAY = Date.parse('2026-01-05T10:00:30Z');
export const DEMO_COMMUNITY = 'demo';

/**
 * Runs a synthetic community through the real pipeline (scheduler tick, planning in the
 * store, outbox delivery, feedback through recordFeedback, nudges and check-ins) twice
 * side by side: once with the matcher and its learned weights, once with random pairs
 * under the same rules. Members answer from a hidden ground truth the code never sees.
 */
export async function runSimulation(options: SimulationOptions = {}): Promise<SimulationReport> {
  const started = performance.now();
  const size = options.members ?? 500;
  const rounds = options.rounds ?? 10;
  const seed = options.seed ?? 1;
  const log = options.log ?? silentLogger();
  const db = options.db ?? (await createPgliteDb(undefined));
  try {
    await migrate(db);
    const world = makeWorld(size, seed, options.world);
    const createdAt = new Date(FIRST_MONDAY - DAY);
    const learnedId = options.keep ? DEMO_COMMUNITY : `simulation-${seed}`;
    const randomId = `simulation-${seed}-random`;
    const learner = await seedSimCommunity(db, {
      externalId: learnedId,
      name: 'Kindred demo',
      members: world.members,
      createdAt,
    });
    const baseline = await seedSimCommunity(db, {
      externalId: randomId,
      name: 'Random pairs',
      members: world.members,
      createdAt,
    });

    let now = new Date(FIRST_MONDAY);
    const platform = new SimulatedPlatform();
    const match: Matcher = (members, opts, community) =>
      community.id === learner.id ? matchMembers(members, opts) : randomMatcher(members, opts);
    const deps = {
      db,
      clock: () => now,
      rng: mulberry32(seed + 1),
      platforms: { get: () => platform },
      match,
      log,
    };
    const worker = createDeliveryWorker(deps, { batch: 200, perTransaction: 200, concurrency: 1 });
    const people = new SimulatedMembers(world, deps, mulberry32(seed + 2));
    const seen = { [learnedId]: new Map<string, number>(), [randomId]: new Map<string, number>() };
    const report: SimulationReport = {
      members: size,
      rounds,
      seed,
      world: world.kind,
      cooldown: learner.cooldownRounds,
      learned: [],
      random: [],
      seconds: 0,
    };

    for (let round = 1; round <= rounds; round++) {
      now = new Date(FIRST_MONDAY + (round - 1) * 7 * DAY);
      const tick = await schedulerTick(deps);
      await worker.drain();
      const steps = await people.react(platform, round);
      for (const [community, key] of [
        [learner, 'learned'],
        [baseline, 'random'],
      ] as const) {
        const externalId = community.externalId;
        const planned = tick.rounds.find((r) => r.communityId === community.id);
        report[key].push(
          roundMetrics(
            {
              round,
              communitySize: size,
              satOut: planned?.satOut ?? 0,
              step: steps.get(externalId),
              cooldown: community.cooldownRounds,
            },
            seen[externalId]!,
          ),
        );
      }
      // Thursday: nudges for the silent, check-ins for intros a month old.
      now = new Date(now.getTime() + 3 * DAY);
      await schedulerTick(deps);
      await worker.drain();
      await people.react(platform, round);
      log.info({ round, learned: report.learned.at(-1), random: report.random.at(-1) }, 'simulated round');
    }
    if (options.keep)
      await db.query(`DELETE FROM communities WHERE platform = 'offline' AND external_id = $1`, [randomId]);
    report.seconds = (performance.now() - started) / 1000;
    return report;
  } finally {
    if (!options.db) await db.close();
  }
}
