import type { Queryable } from '../../store/db.ts';

/**
 * How long an event id is remembered. Slack retries an event three times within about
 * an hour (immediately, after 1 minute, after 5 minutes) and never after; twice that keeps
 * a margin for a clock that runs late.
 */
export const PROCESSED_EVENT_TTL_MS = 2 * 60 * 60 * 1000;

/** Forgets event ids past the platforms' retry window, so `processed_events` stays small. */
export async function pruneProcessedEvents(
  q: Queryable,
  now: Date,
  ttlMs = PROCESSED_EVENT_TTL_MS,
): Promise<number> {
  const { rowCount } = await q.query('DELETE FROM processed_events WHERE received_at < $1', [
    new Date(now.getTime() - ttlMs),
  ]);
  return rowCount;
}
