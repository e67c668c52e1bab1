import type { InterestKind } from '../matching/types.ts';
import type { Queryable } from '../store/db.ts';
import type { InterestOutcomes, Tally } from './thompson-weights.ts';

// Answers per intro first (a trio counts three answers), then spread over what it shared.
// A no-show says nothing about the common ground, only about someone's diary: it is left
// out, so the rate is "genuine among those who met".
const PER_INTRO = `
  SELECT f.intro_id, count(*) FILTER (WHERE f.answer = 'genuine') AS g, count(*) AS n
  FROM feedback f JOIN intros i ON i.id = f.intro_id
  WHERE i.community_id = $1 AND f.kind = 'initial' AND f.answer <> 'no_show' GROUP BY f.intro_id`;

/**
 * Tallies first answers by what each intro shared, straight from feedback and
 * intros.shared: no counter table to keep in step, and one indexed pass per round.
 */
export async function loadInterestOutcomes(q: Queryable, communityId: number): Promise<InterestOutcomes> {
  const interests = await q.query<{ kind: InterestKind; interest: string; g: number; n: number }>(
    `WITH a AS (${PER_INTRO})
     SELECT k.kind, k.interest, sum(a.g)::int AS g, sum(a.n)::int AS n
     FROM a JOIN intros i ON i.id = a.intro_id
     CROSS JOIN LATERAL (
       SELECT 'hobby' AS kind, h AS interest FROM jsonb_array_elements_text(i.shared -> 'hobbies') h
       UNION ALL
       SELECT 'volunteer', v FROM jsonb_array_elements_text(i.shared -> 'volunteer') v) k
     GROUP BY k.kind, k.interest`,
    [communityId],
  );
  const totals = await q.query<Record<'g' | 'n' | 'hg' | 'hn' | 'vg' | 'vn', number | null>>(
    `WITH a AS (${PER_INTRO})
     SELECT sum(a.g)::int AS g, sum(a.n)::int AS n,
       sum(a.g) FILTER (WHERE jsonb_array_length(i.shared -> 'hobbies') > 0)::int AS hg,
       sum(a.n) FILTER (WHERE jsonb_array_length(i.shared -> 'hobbies') > 0)::int AS hn,
       sum(a.g) FILTER (WHERE jsonb_array_length(i.shared -> 'volunteer') > 0)::int AS vg,
       sum(a.n) FILTER (WHERE jsonb_array_length(i.shared -> 'volunteer') > 0)::int AS vn
     FROM a JOIN intros i ON i.id = a.intro_id`,
    [communityId],
  );
  const t = totals.rows[0];
  const tally = (s: number | null | undefined, n: number | null | undefined): Tally => ({
    successes: s ?? 0,
    trials: n ?? 0,
  });
  return {
    overall: tally(t?.g, t?.n),
    byKind: { hobby: tally(t?.hg, t?.hn), volunteer: tally(t?.vg, t?.vn) },
    byInterest: new Map(interests.rows.map((r) => [`${r.kind}:${r.interest}`, tally(r.g, r.n)])),
  };
}
