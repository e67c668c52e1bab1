import type { CommunityPlatform } from '../domain/community.ts';
import type { Metrics } from '../http/metrics.ts';
import type { Logger } from '../log.ts';
import { silentLogger } from '../log.ts';
import type { Rng } from '../matching/random.ts';
import type { ChatPlatform } from '../platform.ts';
import type { Db } from '../store/db.ts';

/** Finds the chat platform a community lives on; `PlatformRegistry` is one. */
export interface PlatformLookup {
  get(name: CommunityPlatform): ChatPlatform | undefined;
}

/** What the rounds use-cases need; `Runtime` has all of it, tests pass plain objects. */
export interface RoundDeps {
  db: Db;
  platforms?: PlatformLookup;
  clock?: () => Date;
  /** Seeds matching and Thompson sampling; production draws a fresh seed per round. */
  rng?: Rng;
  log?: Logger;
  metrics?: Metrics;
}

export const clockOf = (deps: { clock?: () => Date }): Date => (deps.clock ?? (() => new Date()))();
export const logOf = (deps: { log?: Logger }): Logger => deps.log ?? silentLogger();
export const rngOf = (deps: { rng?: Rng }): Rng => deps.rng ?? Math.random;
export const platformOf = (deps: RoundDeps, name: CommunityPlatform): ChatPlatform | undefined =>
  deps.platforms?.get(name);
