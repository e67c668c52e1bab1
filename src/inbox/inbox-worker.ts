import type { Logger } from '../log.ts';
import type { Service } from '../runtime.ts';
import type { Db } from '../store/db.ts';
import { claimInboxEvents, type InboxEvent } from './claim-inbox-events.ts';
import { attemptInboxEvent, type InboxPolicy } from './retry-inbox-event.ts';

export interface InboxWorkerDeps {
  db: Db;
  clock: () => Date;
  log: Logger;
  policy: InboxPolicy;
  platform: string;
  /** Processes one stored event again; throws when it failed. */
  process: (event: InboxEvent) => Promise<unknown>;
  /** How often due events are looked for. */
  pollMs: number;
}

/**
 * Retries the inbox events of one platform that failed (or whose process died) until they
 * succeed or run out of attempts. One poll at a time; `stop()` waits for the current one.
 */
export function createInboxWorker(deps: InboxWorkerDeps): Service & { poll(): Promise<number> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  async function poll(): Promise<number> {
    const events = await claimInboxEvents(deps.db, deps.platform, deps.clock(), {
      limit: 20,
      leaseMs: deps.policy.leaseMs,
    });
    for (const event of events) {
      await attemptInboxEvent(deps, deps.platform, event, () => deps.process(event));
    }
    return events.length;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = poll()
        .catch((err: unknown) => deps.log.error({ err }, 'inbox: poll failed'))
        .finally(schedule);
    }, deps.pollMs);
    timer.unref();
  }

  return {
    name: `${deps.platform}-inbox`,
    poll,
    async start() {
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
