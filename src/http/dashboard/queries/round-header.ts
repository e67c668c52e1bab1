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
});
export type RoundHeader = z.infer<typeof rowSchema>;

/** One round of a community, or undefined when it is another community's. */
export async function roundHeader(
  q: Queryable,
  communityId: number,
  roundId: number,
): Promise<RoundHeader | undefined> {
  const { rows } = await q.query(
    `SELECT id, period, status, created_at AS "createdAt", planned_at AS "plannedAt", stats
     FROM rounds WHERE community_id = $1 AND id = $2`,
    [communityId, roundId],
  );
  return parseRows(rowSchema, rows, 'round')[0];
}
