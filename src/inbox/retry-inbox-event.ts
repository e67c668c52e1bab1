import type { Logger } from '../log.ts';
import type { Db } from '../store/db.ts';
import { failInboxEvent, finishInboxEvent } from './finish-inbox-event.ts';

export interface InboxPolicy {
  /** Attempts in all, the first included; then the event is given up with an error log line. */
  maxAttempts: number;
  /** Wait before attempt n+1 after n failed attempts. */
  retryDelayMs: (failedAttempts: number) => number;
  /** How long a claimed event is left to the process attempting it. */
  leaseMs: number;
}

/** 5 attempts over about 2.5 minutes: 10 s, 20 s, 40 s, 80 s apart. */
export const DEFAULT_INBOX_POLICY: InboxPolicy = {
  maxAttempts: 5,
  retryDelayMs: (failed) => 10_000 * 2 ** Math.max(0, failed - 1),
  leaseMs: 30_000,
};

/**
 * One attempt at an inbox event: `process` runs it (and is idempotent by event id), then
 * the row records the outcome. A failure is logged with the attempt number; the last one
 * allowed is logged as given up.
 */
export async function attemptInboxEvent(
  deps: { db: Db; clock: () => Date; log: Logger; policy: InboxPolicy },
  platform: string,
  event: { eventId: string; attempts: number },
  process: () => Promise<unknown>,
): Promise<'done' | 'retry' | 'gave_up'> {
  try {
    await process();
  } catch (err) {
    const now = deps.clock();
    const attempt = event.attempts + 1;
    const outcome = await failInboxEvent(deps.db, platform, event.eventId, {
      now,
      retryAt: new Date(now.getTime() + deps.policy.retryDelayMs(attempt)),
      maxAttempts: deps.policy.maxAttempts,
      error: err instanceof Error ? `${err.name}: ${err.message}` : 'unknown error',
    });
    const fields = { err, eventId: event.eventId, attempt, maxAttempts: deps.policy.maxAttempts };
    if (outcome === 'gave_up') deps.log.error(fields, 'inbox: event given up after its last attempt');
    else deps.log.warn(fields, 'inbox: event failed; it will be retried');
    return outcome;
  }
  await finishInboxEvent(deps.db, platform, event.eventId, deps.clock());
  return 'done';
}
