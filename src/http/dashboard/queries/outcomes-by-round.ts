import { z } from 'zod';
import type { OutcomeCounts } from '../../../domain/outcome-rates.ts';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';
import { INTRO_OUTCOMES_SQL } from './intro-outcome-sql.ts';

const rowSchema = z.object({
  roundId: z.number().int(),
  period: z.string(),
  createdAt: z.date(),
  intros: z.number().int(),
  sent: z.number().int(),
  answered: z.number().int(),
  met: z.number().int(),
  genuine: z.number().int(),
  checkedIn: z.number().int(),
  inTouch: z.number().int(),
});
export type RoundOutcomes = z.infer<typeof rowSchema>;

/**
 * Per round with intros, oldest first: intros delivered, answered, met, genuine, and at
 * the later check-in, still in touch. Rates are computed by the caller so the counts
 * behind them stay visible.
 */
export async function outcomesByRound(q: Queryable, communityId: number): Promise<RoundOutcomes[]> {
  const { rows } = await q.query(
    `WITH o AS (${INTRO_OUTCOMES_SQL})
     SELECT r.id AS "roundId", r.period, r.created_at AS "createdAt", count(*)::int AS intros,
       count(*) FILTER (WHERE o.status = 'sent')::int AS sent,
       count(*) FILTER (WHERE o.answered)::int AS answered,
       count(*) FILTER (WHERE o.met)::int AS met,
       count(*) FILTER (WHERE o.genuine)::int AS genuine,
       count(*) FILTER (WHERE o.checked_in)::int AS "checkedIn",
       count(*) FILTER (WHERE o.in_touch)::int AS "inTouch"
     FROM rounds r JOIN o ON o.round_id = r.id
     WHERE r.community_id = $1
     GROUP BY r.id ORDER BY r.created_at, r.id`,
    [communityId],
  );
  return parseRows(rowSchema, rows, 'outcomes by round');
}

/** The counts of several rounds together, for a community's overall rates. */
export function sumOutcomes(rounds: readonly RoundOutcomes[]): OutcomeCounts {
  const total: OutcomeCounts = { sent: 0, answered: 0, met: 0, genuine: 0, checkedIn: 0, inTouch: 0 };
  for (const r of rounds) {
    for (const key of Object.keys(total) as (keyof OutcomeCounts)[]) total[key] += r[key];
  }
  return total;
}
