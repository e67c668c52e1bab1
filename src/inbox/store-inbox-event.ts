import type { Queryable } from '../store/db.ts';

/**
 * Stores a platform event before it is acknowledged. A redelivery of an event already
 * stored changes nothing (the first copy is processed, or was). Returns true when new.
 * The receiving process attempts it at once; the worker only looks at it from `dueAt`
 * (a lease: if the process dies first, the worker takes over then).
 */
export async function storeInboxEvent(
  q: Queryable,
  platform: string,
  eventId: string,
  body: unknown,
  dueAt: Date,
): Promise<boolean> {
  const { rowCount } = await q.query(
    `INSERT INTO event_inbox (platform, event_id, body, next_attempt_at) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT DO NOTHING`,
    [platform, eventId, JSON.stringify(body), dueAt],
  );
  return rowCount > 0;
}
