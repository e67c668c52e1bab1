import type { Queryable } from '../store/db.ts';

/** Marks an event processed: it is not attempted again. */
export async function finishInboxEvent(
  q: Queryable,
  platform: string,
  eventId: string,
  now: Date,
): Promise<void> {
  await q.query(
    `UPDATE event_inbox SET outcome = 'done', finished_at = $3, attempts = attempts + 1, last_error = NULL
     WHERE platform = $1 AND event_id = $2 AND outcome IS NULL`,
    [platform, eventId, now],
  );
}

/**
 * Counts a failed attempt: the event is due again at `retryAt`, or given up when that was
 * its last allowed attempt. Returns what became of it. `error` is a short operator-facing
 * reason, never a token or a payload.
 */
export async function failInboxEvent(
  q: Queryable,
  platform: string,
  eventId: string,
  opts: { now: Date; retryAt: Date; maxAttempts: number; error: string },
): Promise<'retry' | 'gave_up'> {
  const { rows } = await q.query<{ outcome: string | null }>(
    `UPDATE event_inbox SET attempts = attempts + 1, last_error = $3, next_attempt_at = $4,
       outcome = CASE WHEN attempts + 1 >= $5 THEN 'gave_up' END,
       finished_at = CASE WHEN attempts + 1 >= $5 THEN $6::timestamptz END
     WHERE platform = $1 AND event_id = $2 AND outcome IS NULL
     RETURNING outcome`,
    [platform, eventId, opts.error.slice(0, 500), opts.retryAt, opts.maxAttempts, opts.now],
  );
  return rows[0]?.outcome === 'gave_up' ? 'gave_up' : 'retry';
}
