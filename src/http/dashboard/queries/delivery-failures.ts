import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';

const rowSchema = z.object({
  status: z.enum(['failed', 'cancelled']),
  reason: z.string(),
  intros: z.number().int(),
  lastAt: z.date(),
});
export type DeliveryFailure = z.infer<typeof rowSchema>;

/**
 * Intros that never reached people, by status and reason, most frequent first: of the
 * whole community, or of one round when `roundId` is given.
 */
export async function deliveryFailures(
  q: Queryable,
  communityId: number,
  roundId?: number,
): Promise<DeliveryFailure[]> {
  const { rows } = await q.query(
    `SELECT status, coalesce(failure_reason, 'unknown') AS reason, count(*)::int AS intros,
       max(created_at) AS "lastAt"
     FROM intros WHERE community_id = $1 AND status IN ('failed', 'cancelled')
       AND ($2::bigint IS NULL OR round_id = $2)
     GROUP BY status, coalesce(failure_reason, 'unknown') ORDER BY intros DESC, reason`,
    [communityId, roundId ?? null],
  );
  return parseRows(rowSchema, rows, 'delivery failure');
}
