import type { Queryable } from '../store/db.ts';
import { PROCESSED_EVENT_TTL_MS } from '../rounds/feedback/prune-processed-events.ts';

/**
 * Forgets inbox events finished (done or given up) longer ago than Slack's retry window:
 * a redelivery after that would find no row, but its processed event id is gone by then too.
 */
export async function pruneInbox(q: Queryable, now: Date, ttlMs = PROCESSED_EVENT_TTL_MS): Promise<number> {
  const { rowCount } = await q.query(
    'DELETE FROM event_inbox WHERE outcome IS NOT NULL AND finished_at < $1',
    [new Date(now.getTime() - ttlMs)],
  );
  return rowCount;
}
