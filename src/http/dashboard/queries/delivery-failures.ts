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

/** Intros that never reached people, by status and reason, most frequent first. */
export async function deliveryFailures(q: Queryable, communityId: number): Promise<DeliveryFailure[]> {
  const { rows } = await q.query(
    `SELECT status, coalesce(failure_reason, 'unknown') AS reason, count(*)::int AS intros,
       max(created_at) AS "lastAt"
     FROM intros WHERE community_id = $1 AND status IN ('failed', 'cancelled')
     GROUP BY status, coalesce(failure_reason, 'unknown') ORDER BY intros DESC, reason`,
    [communityId],
  );
  return parseRows(rowSchema, rows, 'delivery failure');
}
