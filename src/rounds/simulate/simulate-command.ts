import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CliCommand } from '../../cli.ts';
import { loadCliConfig } from '../../cli/load-cli-config.ts';
import { createLogger } from '../../log.ts';
import { openDb } from '../../store/open-db.ts';
import { formatReport, summarise } from './format-report.ts';
import { WORLDS } from './ground-truth.ts';
import { runSimulation } from './run-simulation.ts';

const argsSchema = z.object({
  members: z.coerce.number().int().min(2).max(20_000).default(500),
  rounds: z.coerce.number().int().min(1).max(200).default(10),
  seed: z.coerce.number().int().min(0).default(1),
  world: z.enum(WORLDS, { error: `expected one of ${WORLDS.join(', ')}` }).default('independent'),
  format: z.enum(['text', 'json']).default('text'),
  'database-url': z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected postgres://…')
    .optional(),
  keep: z.boolean().default(false),
});

export const SIMULATE_USAGE = `Usage: kindred simulate [--members 500] [--rounds 10] [--seed N] [--format text|json]
                        [--world ${WORLDS.join('|')}] [--keep] [--database-url URL]
Runs a synthetic community with a hidden ground truth through the real round pipeline and
compares learned matching with random pairs under the same cooldown. --world picks what
bonds people: independent (a few interests, unrelated to rarity; the default), rarity
(rarer interests bond more), flat (every shared interest the same), bias (a third of
members answer "genuine" regardless), drift (what bonds people changes at round 6). By default everything happens in an in-memory
database. --keep writes the learning community into the configured database (DATABASE_URL,
--database-url, or the embedded one under KINDRED_DATA_DIR) as offline:demo, for the dashboard.`;

/** `kindred simulate`. */
export const simulateCommand: CliCommand = async (args, io, env) => {
  let parsed;
  try {
    const { values } = parseArgs({
      args,
      options: {
        members: { type: 'string' },
        rounds: { type: 'string' },
        seed: { type: 'string' },
        world: { type: 'string' },
        format: { type: 'string' },
        'database-url': { type: 'string' },
        keep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      io.stdout(SIMULATE_USAGE);
      return 0;
    }
    parsed = argsSchema.safeParse(values);
  } catch (err) {
    io.stderr(`kindred simulate: ${(err as Error).message}\n\n${SIMULATE_USAGE}`);
    return 2;
  }
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  --${String(i.path[0])}: ${i.message}`);
    io.stderr(`kindred simulate: bad arguments\n${problems.join('\n')}\n\n${SIMULATE_USAGE}`);
    return 2;
  }
  const options = parsed.data;
  const persistent = options.keep || options['database-url'] !== undefined;
  const config = loadCliConfig(env, io);
  if (!config) return 2;
  const databaseUrl = options['database-url'] ?? config.databaseUrl;
  const db = persistent ? await openDb({ databaseUrl, dataDir: config.dataDir }) : undefined;
  try {
    const report = await runSimulation({
      members: options.members,
      rounds: options.rounds,
      seed: options.seed,
      world: options.world,
      db,
      keep: options.keep,
      log: createLogger(env['LOG_LEVEL'] ? config.logLevel : 'warn'),
    });
    io.stdout(
      options.format === 'json'
        ? JSON.stringify({ ...report, summary: summarise(report) }, null, 2)
        : formatReport(report),
    );
    if (options.keep) io.stderr('The simulated community is kept as offline:demo.');
    return 0;
  } finally {
    await db?.close();
  }
};
