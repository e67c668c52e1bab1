import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';

const rowSchema = z.object({
  id: z.number().int(),
  period: z.string(),
  status: z.enum(['claimed', 'planned', 'done', 'failed']),
  createdAt: z.date(),
  plannedAt: z.date().nullable(),
  stats: z.record(z.string(), z.unknown()),
  intros: z.number().int(),
  trios: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
});
export type RoundHeader = z.infer<typeof rowSchema>;

/** One round of a community with its intros counted, or undefined when it is another community's. */
export async function roundHeader(
  q: Queryable,
  communityId: number,
  roundId: number,
): Promise<RoundHeader | undefined> {
  const { rows } = await q.query(
    `SELECT r.id, r.period, r.status, r.created_at AS "createdAt", r.planned_at AS "plannedAt", r.stats,
       count(i.id)::int AS intros, count(i.id) FILTER (WHERE i.size = 3)::int AS trios,
       count(i.id) FILTER (WHERE i.status = 'failed')::int AS failed,
       count(i.id) FILTER (WHERE i.status = 'cancelled')::int AS cancelled
     FROM rounds r LEFT JOIN intros i ON i.round_id = r.id
     WHERE r.community_id = $1 AND r.id = $2 GROUP BY r.id`,
    [communityId, roundId],
  );
  return parseRows(rowSchema, rows, 'round')[0];
}
