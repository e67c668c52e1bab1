import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';
import { INTRO_OUTCOMES_SQL, OUTCOME_WORD_SQL, OUTCOMES } from './intro-outcome-sql.ts';

const edgeSchema = z.object({
  a: z.number().int(),
  b: z.number().int(),
  outcome: z.enum(OUTCOMES),
  aUserId: z.string(),
  bUserId: z.string(),
  aName: z.string().nullable(),
  bName: z.string().nullable(),
  aLeft: z.boolean(),
  bLeft: z.boolean(),
  interests: z.array(z.string()),
});
export type GraphEdgeRow = z.infer<typeof edgeSchema>;

/**
 * Who has been introduced to whom: one row per pair per intro that was delivered or is
 * on its way (a trio gives three pairs), with the intro's outcome, both names and what
 * they had in common.
 */
export async function connectionGraph(q: Queryable, communityId: number): Promise<GraphEdgeRow[]> {
  const { rows } = await q.query(
    `WITH o AS (${INTRO_OUTCOMES_SQL})
     SELECT x.member_id AS a, y.member_id AS b, ${OUTCOME_WORD_SQL} AS outcome,
       ma.platform_user_id AS "aUserId", mb.platform_user_id AS "bUserId", ma.display_name AS "aName", mb.display_name AS "bName",
       ma.status = 'left' AS "aLeft", mb.status = 'left' AS "bLeft",
       ARRAY(SELECT jsonb_array_elements_text(o.shared -> 'hobbies')
             UNION ALL SELECT jsonb_array_elements_text(o.shared -> 'volunteer')) AS interests
     FROM o
     JOIN intro_members x ON x.intro_id = o.intro_id
     JOIN intro_members y ON y.intro_id = o.intro_id AND x.member_id < y.member_id
     JOIN members ma ON ma.id = x.member_id
     JOIN members mb ON mb.id = y.member_id
     WHERE o.status IN ('sent', 'pending')
     ORDER BY o.intro_id`,
    [communityId],
  );
  return parseRows(edgeSchema, rows, 'connection graph edge');
}
