import type { Config } from './config.ts';
import { mountDashboard } from './http/dashboard/mount-dashboard.ts';
import { mountHealthRoutes } from './http/health-routes.ts';
import { createMetrics } from './http/metrics.ts';
import { PortInUseError } from './http/port-in-use-error.ts';
import { createHttpServer } from './http/server.ts';
import type { Logger } from './log.ts';
import type { AdapterFactory } from './platform.ts';
import { PlatformRegistry } from './platform.ts';
import type { Runtime, Service } from './runtime.ts';
import { subjectHasher, useSecretKeyForSubjects } from './members/subject-hash.ts';
import { migrate } from './store/migrate.ts';
import { openDb } from './store/open-db.ts';

export interface RunningKindred {
  runtime: Runtime;
  port: number;
  stop(reason?: string): Promise<void>;
}

const STOP_DEADLINE_MS = 10_000;

/** The message a first-time user sees when no chat platform is configured yet. */
export const NO_PLATFORM_HELP = [
  'Kindred is running, but no chat platform is connected yet.',
  '  Slack:   set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP, events at POST /slack/events)',
  '           or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode, no public URL needed).',
  '           Create the app from adapters/slack/manifest.yml.',
  '  Discord: set DISCORD_TOKEN and DISCORD_APPLICATION_ID, then run `npx kindred discord-commands`.',
  'Put them in .env (see .env.example) and run `npm start` again.',
].join('\n');

/**
 * The composition root: opens the store, migrates, serves HTTP, starts the configured
 * platform adapters and the scheduler, and stops them in reverse order within a deadline.
 */
export async function startKindred(options: {
  config: Config;
  log: Logger;
  adapters?: AdapterFactory<Runtime>[];
  extraServices?: (runtime: Runtime) => Service[];
  clock?: () => Date;
  /** Where messages for the person at the terminal go (the CLI passes stderr). */
  announce?: (text: string) => void;
}): Promise<RunningKindred> {
  const { config, log } = options;
  const db = await openDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    log,
    onError: (err) => log.warn({ err }, 'database connection lost; the next query reconnects'),
  });
  log.info({ driver: db.driver, dataDir: config.databaseUrl ? undefined : config.dataDir }, 'database open');
  const applied = await migrate(db);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  // Settles the key of blocks and the deletion ledger now: a changed KINDRED_SECRET_KEY
  // stops the start with a message rather than failing every block later.
  useSecretKeyForSubjects(config.secretKey);
  await subjectHasher(db).catch(async (err: unknown) => {
    await db.close();
    throw err;
  });

  const http = createHttpServer(log);
  const metrics = createMetrics();
  mountHealthRoutes(http, { db, metrics });
  const runtime: Runtime = {
    config,
    db,
    log,
    http,
    metrics,
    platforms: new PlatformRegistry(),
    clock: options.clock ?? (() => new Date()),
    // Replaced by the delivery service when it starts; until then there is nobody to wake.
    wakeDelivery: () => {},
  };
  mountDashboard(http, runtime);

  for (const factory of options.adapters ?? []) {
    // A platform's SDK is imported only here, when its credentials are set.
    if (factory.isConfigured(config)) runtime.platforms.register(await factory.create(runtime));
  }
  if (runtime.platforms.all().length === 0) {
    log.warn('no chat platform configured');
    options.announce?.(`\n${NO_PLATFORM_HELP}\n`);
  }

  let port = config.port;
  const services: Service[] = [
    {
      name: 'http',
      start: async () => {
        port = await http.listen(config.port, config.host).catch((err: NodeJS.ErrnoException) => {
          throw err.code === 'EADDRINUSE' ? new PortInUseError(config.port, config.host) : err;
        });
        log.info({ port, host: config.host }, `listening on http://${config.host}:${port}`);
      },
      stop: () => http.close(),
    },
    ...runtime.platforms.all().map((platform) => ({
      name: platform.name,
      start: () => platform.start(),
      stop: () => platform.stop(),
    })),
    ...(options.extraServices?.(runtime) ?? []),
  ];

  const started: Service[] = [];
  const stopAll = async () => {
    for (const service of started.reverse()) {
      try {
        await service.stop();
        log.info({ component: service.name }, 'stopped');
      } catch (err) {
        log.error({ err, component: service.name }, 'failed to stop cleanly');
      }
    }
    await db.close();
  };
  try {
    for (const service of services) {
      await service.start();
      started.push(service);
    }
  } catch (err) {
    await stopAll();
    throw err;
  }
  options.announce?.(
    `Kindred is up on http://localhost:${port} (health: /healthz, dashboard: /admin). Stop with Ctrl+C.`,
  );

  let stopping: Promise<void> | undefined;
  return {
    runtime,
    get port() {
      return port;
    },
    stop(reason = 'stop requested') {
      stopping ??= (async () => {
        log.info({ reason }, 'stopping');
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<void>((resolve) => {
          timer = setTimeout(() => {
            log.error({ deadlineMs: STOP_DEADLINE_MS }, 'stop deadline passed; exiting anyway');
            resolve();
          }, STOP_DEADLINE_MS);
          timer.unref();
        });
        await Promise.race([stopAll(), deadline]);
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
