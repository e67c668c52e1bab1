import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';
import { containsPattern } from '../listing/list-params.ts';
import { INTRO_OUTCOMES_SQL } from './intro-outcome-sql.ts';

const rowSchema = z.object({
  rank: z.number().int(),
  kind: z.enum(['hobby', 'volunteer']),
  interest: z.string(),
  intros: z.number().int(),
  answered: z.number().int(),
  genuine: z.number().int(),
  inTouch: z.number().int(),
  /** The most genuine connections any interest has, for the bars' scale. */
  best: z.number().int(),
  total: z.number().int(),
});
export type InterestOutcome = z.infer<typeof rowSchema>;

export const INTEREST_SORTS = [
  'rank',
  'interest',
  'kind',
  'genuine',
  'answered',
  'intros',
  'rate',
  'inTouch',
] as const;
export type InterestSort = (typeof INTEREST_SORTS)[number];

// Fixed SQL per sort key (checked against INTEREST_SORTS before it gets here).
const ORDER: Readonly<Record<InterestSort, string>> = {
  rank: 'rank',
  interest: 'lower(interest)',
  kind: 'kind',
  genuine: 'genuine',
  answered: 'answered',
  intros: 'intros',
  rate: 'genuine::float8 / nullif(answered, 0)',
  inTouch: '"inTouch"',
};

export interface InterestOptions {
  /** Part of the interest's name; '' for all. */
  q: string;
  kind: 'all' | 'hobby' | 'volunteer';
  sort: InterestSort;
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/**
 * Every interest that brought people together, with how many intros shared it, how many
 * were answered and how many led to a genuine connection. Ranked by genuine connections,
 * then by share of answered intros, so one lucky intro does not top the list; the rank is
 * over every interest, then the search, filter, sort and page apply, all in SQL.
 */
export async function interestOutcomes(
  q: Queryable,
  communityId: number,
  options: InterestOptions,
): Promise<InterestOutcome[]> {
  const direction = options.dir === 'asc' ? 'ASC' : 'DESC';
  const { rows } = await q.query(
    `WITH o AS (${INTRO_OUTCOMES_SQL}),
     counted AS (
       SELECT k.kind, k.interest, count(*)::int AS intros,
         count(*) FILTER (WHERE o.answered)::int AS answered,
         count(*) FILTER (WHERE o.genuine)::int AS genuine,
         count(*) FILTER (WHERE o.in_touch)::int AS "inTouch"
       FROM o CROSS JOIN LATERAL (
         SELECT 'hobby' AS kind, h AS interest FROM jsonb_array_elements_text(o.shared -> 'hobbies') h
         UNION ALL
         SELECT 'volunteer', v FROM jsonb_array_elements_text(o.shared -> 'volunteer') v) k
       WHERE o.status IN ('sent', 'pending')
       GROUP BY k.kind, k.interest),
     ranked AS (
       SELECT *, (row_number() OVER (ORDER BY genuine DESC,
           genuine::float8 / greatest(answered, 1) DESC, intros DESC, interest, kind))::int AS rank,
         (max(genuine) OVER ())::int AS best
       FROM counted)
     SELECT *, count(*) OVER ()::int AS total FROM ranked
     WHERE ($2 = '%%' OR interest ILIKE $2) AND ($3 = 'all' OR kind = $3)
     ORDER BY ${ORDER[options.sort]} ${direction} NULLS LAST, rank
     LIMIT $4 OFFSET $5`,
    [communityId, containsPattern(options.q), options.kind, options.limit, options.offset],
  );
  return parseRows(rowSchema, rows, 'interest outcomes');
}
