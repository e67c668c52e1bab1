import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';
import { INTRO_OUTCOMES_SQL } from './intro-outcome-sql.ts';

const rowSchema = z.object({
  kind: z.enum(['hobby', 'volunteer']),
  interest: z.string(),
  intros: z.number().int(),
  answered: z.number().int(),
  genuine: z.number().int(),
  inTouch: z.number().int(),
});
export type InterestOutcome = z.infer<typeof rowSchema>;

/**
 * Every interest that brought people together, with how many intros shared it, how many
 * were answered and how many led to a genuine connection. Ranked by genuine connections,
 * then by share of answered intros, so one lucky intro does not top the list.
 */
export async function interestOutcomes(q: Queryable, communityId: number): Promise<InterestOutcome[]> {
  const { rows } = await q.query(
    `WITH o AS (${INTRO_OUTCOMES_SQL})
     SELECT k.kind, k.interest, count(*)::int AS intros,
       count(*) FILTER (WHERE o.answered)::int AS answered,
       count(*) FILTER (WHERE o.genuine)::int AS genuine,
       count(*) FILTER (WHERE o.in_touch)::int AS "inTouch"
     FROM o CROSS JOIN LATERAL (
       SELECT 'hobby' AS kind, h AS interest FROM jsonb_array_elements_text(o.shared -> 'hobbies') h
       UNION ALL
       SELECT 'volunteer', v FROM jsonb_array_elements_text(o.shared -> 'volunteer') v) k
     WHERE o.status IN ('sent', 'pending')
     GROUP BY k.kind, k.interest
     ORDER BY genuine DESC, (count(*) FILTER (WHERE o.genuine))::float8
       / greatest(count(*) FILTER (WHERE o.answered), 1) DESC, intros DESC, k.interest`,
    [communityId],
  );
  return parseRows(rowSchema, rows, 'interest outcomes');
}
