import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { RoundDeps } from '../round-deps.ts';
import { clockOf, logOf } from '../round-deps.ts';
import type { ClaimedRow } from './claim-outbox.ts';
import { claimOutbox, releaseLease } from './claim-outbox.ts';
import type { DeliveryOutcome } from './deliver-batch.ts';
import { deliverBatch } from './deliver-batch.ts';

export interface DeliveryWorkerOptions {
  /** Who holds the leases; unique per worker. */
  owner?: string;
  /** How often to look at the outbox when nobody wakes the worker. */
  pollMs?: number;
  /** How long a claim lasts before another worker may take the row over. */
  leaseMs?: number;
  /** Rows claimed per poll. */
  batch?: number;
  /** Rows one runner takes at a time; each row is still decided, posted and recorded on its own. */
  perTransaction?: number;
  /** Runners delivering at once. */
  concurrency?: number;
}

export interface DeliveryWorker {
  readonly owner: string;
  /** Starts polling in the background. */
  start(): void;
  /** Looks at the outbox now instead of at the next poll. */
  wake(): void;
  /** Claims and delivers until nothing is due; for tests and the simulation (no timers). */
  drain(): Promise<number>;
  /** Stops claiming, lets in-flight sends finish, gives back claimed rows not yet started. */
  stop(): Promise<void>;
}

export function createDeliveryWorker(deps: RoundDeps, options: DeliveryWorkerOptions = {}): DeliveryWorker {
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const pollMs = options.pollMs ?? 1_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const batch = options.batch ?? 10;
  // Each row is decided, posted and recorded in turn, with no transaction open while the
  // platform answers; a crash between a post and its record can repeat at most the rows
  // in flight (adapters pass the nonce to absorb even those).
  const perTransaction = options.perTransaction ?? 1;
  const concurrency = options.concurrency ?? 4;
  const log = logOf(deps).child({ worker: owner });
  let stopping = false;
  let woken = false;
  let wakeUp: (() => void) | undefined;
  let loop: Promise<void> | undefined;

  const release = async (row: ClaimedRow): Promise<DeliveryOutcome> =>
    (await releaseLease(deps.db, row).catch(() => false)) ? 'released' : 'error';

  async function pollOnce(): Promise<number> {
    const rows = await claimOutbox(deps.db, { owner, now: clockOf(deps), leaseMs, limit: batch });
    const chunks: ClaimedRow[][] = [];
    for (let i = 0; i < rows.length; i += perTransaction) chunks.push(rows.slice(i, i + perTransaction));
    const counts: Partial<Record<DeliveryOutcome, number>> = {};
    const runner = async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        const outcomes = stopping
          ? new Map(await Promise.all(chunk.map(async (row) => [row.id, await release(row)] as const)))
          : await deliverBatch({ ...deps, leaseMs, stopping: () => stopping }, chunk);
        for (const row of chunk) {
          const outcome = outcomes.get(row.id) ?? 'error';
          counts[outcome] = (counts[outcome] ?? 0) + 1;
          deps.metrics?.deliveries.inc({ kind: row.kind, result: outcome });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, runner));
    if (rows.length > 0) log.debug({ claimed: rows.length, ...counts }, 'outbox poll');
    return rows.length;
  }

  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopping) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  async function run(): Promise<void> {
    while (!stopping) {
      woken = false;
      let claimed = 0;
      try {
        claimed = await pollOnce();
      } catch (err) {
        log.warn({ err }, 'outbox poll failed; trying again shortly');
      }
      if (claimed < batch) await nap(pollMs);
    }
  }

  return {
    owner,
    start() {
      loop ??= run();
    },
    wake() {
      woken = true;
      wakeUp?.();
    },
    async drain() {
      let total = 0;
      for (let n = await pollOnce(); n > 0; n = await pollOnce()) total += n;
      return total;
    },
    async stop() {
      stopping = true;
      wakeUp?.();
      await loop;
      log.info('delivery worker stopped');
    },
  };
}
