import type { Config } from './config.ts';
import type { Metrics } from './http/metrics.ts';
import type { HttpServer } from './http/server.ts';
import type { Logger } from './log.ts';
import type { PlatformRegistry } from './platform.ts';
import type { Db } from './store/db.ts';

/** What every running part of Kindred shares; adapters receive it when created. */
export interface Runtime {
  config: Config;
  db: Db;
  log: Logger;
  http: HttpServer;
  metrics: Metrics;
  platforms: PlatformRegistry;
  clock: () => Date;
  /** Asks the delivery workers to look at the outbox now rather than at their next poll. */
  wakeDelivery: () => void;
}

/** Something with a lifetime: started in order, stopped in reverse. */
export interface Service {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
