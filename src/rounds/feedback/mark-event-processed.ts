import type { Queryable } from '../../store/db.ts';

/**
 * True the first time a platform event id is seen, false for a redelivery (Slack resends
 * events it did not see acknowledged in 3 s). Run it in the same transaction as the
 * event's effect, so a failed first attempt does not swallow the retry.
 */
export async function markEventProcessed(q: Queryable, platform: string, eventId: string): Promise<boolean> {
  const { rowCount } = await q.query(
    'INSERT INTO processed_events (platform, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [platform, eventId],
  );
  return rowCount > 0;
}
