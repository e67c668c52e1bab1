import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';

const rowSchema = z.object({
  id: z.number().int(),
  period: z.string(),
  status: z.enum(['claimed', 'planned', 'done', 'failed']),
  createdAt: z.date(),
  eligible: z.number().int().nullable(),
  intros: z.number().int(),
  trios: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
  satOut: z.number().int(),
});
export type RoundListRow = z.infer<typeof rowSchema>;

/**
 * Rounds, newest first, with their intros by size and delivery status. Who sat out is
 * read from the notices the round queued for them (`notice:sat_out:<round>:<member>`),
 * falling back to the count the round recorded in its stats.
 */
export async function roundList(q: Queryable, communityId: number): Promise<RoundListRow[]> {
  const { rows } = await q.query(
    `SELECT r.id, r.period, r.status, r.created_at AS "createdAt",
       CASE WHEN jsonb_typeof(r.stats -> 'eligible') = 'number' THEN (r.stats ->> 'eligible')::int END AS eligible,
       coalesce(i.intros, 0)::int AS intros, coalesce(i.trios, 0)::int AS trios,
       coalesce(i.sent, 0)::int AS sent, coalesce(i.failed, 0)::int AS failed,
       coalesce(i.cancelled, 0)::int AS cancelled,
       greatest(coalesce(n.sat_out, 0),
         CASE WHEN jsonb_typeof(r.stats -> 'satOut') = 'number' THEN (r.stats ->> 'satOut')::int ELSE 0 END
       )::int AS "satOut"
     FROM rounds r
     LEFT JOIN (
       SELECT round_id, count(*) AS intros, count(*) FILTER (WHERE size = 3) AS trios,
         count(*) FILTER (WHERE status = 'sent') AS sent, count(*) FILTER (WHERE status = 'failed') AS failed,
         count(*) FILTER (WHERE status = 'cancelled') AS cancelled
       FROM intros WHERE community_id = $1 GROUP BY round_id) i ON i.round_id = r.id
     LEFT JOIN (
       SELECT split_part(dedupe_key, ':', 3) AS round_key, count(*) AS sat_out
       FROM outbox WHERE community_id = $1 AND kind = 'notice' AND dedupe_key LIKE 'notice:sat\\_out:%'
       GROUP BY 1) n ON n.round_key = r.id::text
     WHERE r.community_id = $1
     ORDER BY r.created_at DESC, r.id DESC`,
    [communityId],
  );
  return parseRows(rowSchema, rows, 'round list');
}
