import { z } from 'zod';
import { PLATFORMS } from '../../../domain/community.ts';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';

const summarySchema = z.object({
  id: z.number().int(),
  platform: z.enum(PLATFORMS),
  externalId: z.string(),
  name: z.string().nullable(),
  status: z.enum(['active', 'stopped']),
  active: z.number().int(),
  paused: z.number().int(),
  left: z.number().int(),
  rounds: z.number().int(),
  lastRoundAt: z.date().nullable(),
});
export type CommunitySummary = z.infer<typeof summarySchema>;

/** Every community with its member counts and rounds, for the dashboard's front page. */
export async function communitySummaries(q: Queryable): Promise<CommunitySummary[]> {
  const { rows } = await q.query(
    `SELECT c.id, c.platform, c.external_id AS "externalId", c.name, c.status,
       coalesce(m.active, 0)::int AS active, coalesce(m.paused, 0)::int AS paused,
       coalesce(m.gone, 0)::int AS "left", coalesce(r.rounds, 0)::int AS rounds, r.last_at AS "lastRoundAt"
     FROM communities c
     LEFT JOIN (
       SELECT community_id, count(*) FILTER (WHERE status = 'active') AS active,
         count(*) FILTER (WHERE status = 'paused') AS paused, count(*) FILTER (WHERE status = 'left') AS gone
       FROM members GROUP BY community_id) m ON m.community_id = c.id
     LEFT JOIN (
       SELECT community_id, count(*) AS rounds, max(created_at) AS last_at
       FROM rounds GROUP BY community_id) r ON r.community_id = c.id
     ORDER BY c.status, c.id`,
  );
  return parseRows(summarySchema, rows, 'community summary');
}
