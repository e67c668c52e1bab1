import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRow } from '../../../store/rows.ts';

const countsSchema = z.object({
  active: z.number().int(),
  paused: z.number().int(),
  pausedForSilence: z.number().int(),
  left: z.number().int(),
  withProfile: z.number().int(),
  neverIntroduced: z.number().int(),
});
export type MemberCounts = z.infer<typeof countsSchema>;

/** Opted in, paused (and how many by Kindred after silence), left; profiles; never introduced. */
export async function memberCounts(q: Queryable, communityId: number): Promise<MemberCounts> {
  const { rows } = await q.query(
    `SELECT count(*) FILTER (WHERE m.status = 'active')::int AS active,
       count(*) FILTER (WHERE m.status = 'paused')::int AS paused,
       count(*) FILTER (WHERE m.pause_reason = 'ghost')::int AS "pausedForSilence",
       count(*) FILTER (WHERE m.status = 'left')::int AS "left",
       count(*) FILTER (WHERE m.status <> 'left' AND EXISTS (
         SELECT 1 FROM profiles p WHERE p.member_id = m.id
           AND cardinality(p.hobbies) + cardinality(p.volunteer) > 0))::int AS "withProfile",
       count(*) FILTER (WHERE m.status <> 'left' AND NOT EXISTS (
         SELECT 1 FROM intro_members im WHERE im.member_id = m.id))::int AS "neverIntroduced"
     FROM members m WHERE m.community_id = $1`,
    [communityId],
  );
  return parseRow(countsSchema, rows[0], 'member counts');
}
