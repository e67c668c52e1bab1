import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';

const weekSchema = z.object({
  week: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  joined: z.number().int(),
  left: z.number().int(),
});
export type WeekCount = z.infer<typeof weekSchema>;

/**
 * Joins and departures per ISO week (weeks start on Monday, UTC), only weeks with any;
 * `fillWeeks` adds the quiet ones. Weeks come back as text so both drivers agree.
 */
export async function joinsByWeek(q: Queryable, communityId: number): Promise<WeekCount[]> {
  const { rows } = await q.query(
    `SELECT to_char(w.week, 'YYYY-MM-DD') AS week, sum(w.joined)::int AS joined, sum(w.gone)::int AS "left"
     FROM (
       SELECT date_trunc('week', joined_at AT TIME ZONE 'UTC') AS week, 1 AS joined, 0 AS gone
       FROM members WHERE community_id = $1
       UNION ALL
       SELECT date_trunc('week', left_at AT TIME ZONE 'UTC'), 0, 1
       FROM members WHERE community_id = $1 AND left_at IS NOT NULL) w
     GROUP BY w.week ORDER BY w.week`,
    [communityId],
  );
  return parseRows(weekSchema, rows, 'joins by week');
}

/** The weeks from the first to the last given, quiet weeks included with zeros. */
export function fillWeeks(weeks: readonly WeekCount[]): WeekCount[] {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return [];
  const byWeek = new Map(weeks.map((w) => [w.week, w]));
  const out: WeekCount[] = [];
  for (
    let t = Date.parse(`${first.week}T00:00:00Z`);
    t <= Date.parse(`${last.week}T00:00:00Z`);
    t += 7 * 86_400_000
  ) {
    const week = new Date(t).toISOString().slice(0, 10);
    out.push(byWeek.get(week) ?? { week, joined: 0, left: 0 });
  }
  return out;
}
