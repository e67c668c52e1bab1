import { z } from 'zod';
import type { Queryable } from '../store/db.ts';
import { parseRows } from '../store/rows.ts';

const claimedRow = z.object({
  event_id: z.string(),
  body: z.unknown(),
  attempts: z.number().int(),
});

export interface InboxEvent {
  eventId: string;
  body: unknown;
  /** Attempts made before this one. */
  attempts: number;
}

/**
 * Claims events that are due: their next attempt is pushed `leaseMs` ahead, so another
 * process (or this one's next poll) does not pick them up while this attempt runs; a
 * process that dies mid-attempt leaves them due again when the lease runs out.
 */
export async function claimInboxEvents(
  q: Queryable,
  platform: string,
  now: Date,
  opts: { limit: number; leaseMs: number },
): Promise<InboxEvent[]> {
  const { rows } = await q.query(
    `UPDATE event_inbox SET next_attempt_at = $3
     WHERE (platform, event_id) IN (
       SELECT platform, event_id FROM event_inbox
       WHERE platform = $1 AND outcome IS NULL AND next_attempt_at <= $2
       ORDER BY next_attempt_at LIMIT $4 FOR UPDATE SKIP LOCKED)
     RETURNING event_id, body, attempts`,
    [platform, now, new Date(now.getTime() + opts.leaseMs), opts.limit],
  );
  return parseRows(claimedRow, rows, 'claimInboxEvents').map((row) => ({
    eventId: row.event_id,
    body: row.body,
    attempts: row.attempts,
  }));
}
