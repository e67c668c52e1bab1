import { readFile } from 'node:fs/promises';
import type { AdapterFactory } from './platform.ts';
import type { Runtime, Service } from './runtime.ts';

// Every command imports what it needs when it runs, so `kindred --help` and `kindred match`
// never load the database, the HTTP server or a platform SDK.

export interface CliIo {
  readFile(path: string): Promise<string>;
  /** The file's bytes, for commands that check its encoding themselves (`kindred match`). */
  readBytes?(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export type CliCommand = (args: string[], io: CliIo, env: NodeJS.ProcessEnv) => Promise<number>;

export interface CliOptions {
  adapters?: AdapterFactory<Runtime>[];
  /** Commands contributed from outside src/ (adapters, rounds): name -> command. */
  commands?: Record<string, { describe: string; run: CliCommand }>;
  /** Services started after the adapters (scheduler, delivery workers). */
  services?: (runtime: Runtime) => Service[];
  env?: NodeJS.ProcessEnv;
  io?: CliIo;
}

const defaultIo: CliIo = {
  readFile: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path),
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

function usage(options: CliOptions): string {
  const extra = Object.entries(options.commands ?? {}).map(
    ([name, c]) => `  kindred ${name.padEnd(17)} ${c.describe}`,
  );
  return [
    'Usage:',
    '  kindred serve             run the bot: migrations, HTTP server, platforms, scheduler',
    '  kindred migrate           apply database migrations and exit',
    '  kindred simulate          run a synthetic community through the round pipeline (--help)',
    '  kindred match --members FILE [--history FILE] [--seed N] [--cooldown N] [--format json|text]',
    '                            match a roster offline (no database, no platform) and print the groups',
    ...extra,
    '',
    'Configuration comes from the environment and .env (see .env.example).',
  ].join('\n');
}

async function serve(options: CliOptions, env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { loadCliConfig } = await import('./cli/load-cli-config.ts');
  const config = loadCliConfig(env, io);
  if (!config) return 2;
  const [{ createLogger }, { startKindred }, { PortInUseError }, { createRoundServices }, { guardProcess }] =
    await Promise.all([
      import('./log.ts'),
      import('./main.ts'),
      import('./http/port-in-use-error.ts'),
      import('./rounds/create-round-services.ts'),
      import('./process-guards.ts'),
    ]);
  const log = createLogger(config.logLevel);
  let running;
  try {
    running = await startKindred({
      config,
      log,
      adapters: options.adapters,
      // Rounds run themselves: the delivery worker and the scheduler, then anything extra.
      extraServices: (runtime) => [...createRoundServices(runtime), ...(options.services?.(runtime) ?? [])],
      announce: io.stderr,
    });
  } catch (err) {
    if (!(err instanceof PortInUseError)) throw err;
    log.error({ port: err.port, host: err.host }, 'port in use');
    io.stderr(err.message);
    return 1;
  }
  const { stop, runtime } = running;
  return new Promise<number>((resolve) => {
    const finish = (reason: string, code: number) => {
      for (const signal of SIGNALS) process.off(signal, onSignal);
      void stop(reason).then(() => {
        release();
        resolve(code);
        // After a fatal error something may still hold the event loop: end the process.
        if (code !== 0) setTimeout(() => process.exit(code), 2_000).unref();
      });
    };
    const onSignal = (signal: NodeJS.Signals) => finish(signal, 0);
    const release = guardProcess({
      log,
      metrics: runtime.metrics,
      onFatal: () => finish('uncaught exception', 1),
    });
    // SIGHUP: the terminal closed, or `npm start` was killed and its shell with it.
    for (const signal of SIGNALS) process.on(signal, onSignal);
  });
}

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];

async function migrateCommand(env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { loadCliConfig } = await import('./cli/load-cli-config.ts');
  const config = loadCliConfig(env, io);
  if (!config) return 2;
  const [{ openDb }, { migrate }, { createLogger }] = await Promise.all([
    import('./store/open-db.ts'),
    import('./store/migrate.ts'),
    import('./log.ts'),
  ]);
  const db = await openDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log: createLogger(config.logLevel),
  });
  try {
    const applied = await migrate(db);
    io.stdout(applied.length > 0 ? `applied migrations ${applied.join(', ')}` : 'database is up to date');
    return 0;
  } finally {
    await db.close();
  }
}

/** `kindred <command>`: returns the process exit code. */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const io = options.io ?? defaultIo;
  const [command, ...args] = argv;
  switch (command) {
    case 'serve':
      return serve(options, env, io);
    case 'migrate':
      return migrateCommand(env, io);
    case 'simulate': {
      const { simulateCommand } = await import('./rounds/simulate/simulate-command.ts');
      return simulateCommand(args, io, env);
    }
    case 'match': {
      const { runMatchCommand } = await import('./cli/match-command.ts');
      return runMatchCommand(args, io);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(usage(options));
      return command === undefined ? 2 : 0;
  }
  const extra = options.commands?.[command];
  if (extra) return extra.run(args, io, env);
  io.stderr(`kindred: unknown command '${command}'\n\n${usage(options)}`);
  return 2;
}
