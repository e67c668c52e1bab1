import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';

const rowSchema = z.object({
  userId: z.string(),
  name: z.string().nullable(),
  code: z.string().nullable(),
});
export type SatOut = z.infer<typeof rowSchema>;

/**
 * Who sat out a round and why: the round queues each of them a private notice keyed
 * `notice:sat_out:<round>:<member>` whose payload carries the reason's code.
 */
export async function roundSatOut(q: Queryable, communityId: number, roundId: number): Promise<SatOut[]> {
  const { rows } = await q.query(
    `SELECT m.platform_user_id AS "userId", m.display_name AS name, o.payload ->> 'code' AS code
     FROM outbox o JOIN members m ON m.id = o.member_id
     WHERE o.community_id = $1 AND o.kind = 'notice' AND o.dedupe_key LIKE $2
     ORDER BY m.display_name NULLS LAST, m.id`,
    [communityId, `notice:sat\\_out:${roundId}:%`],
  );
  return parseRows(rowSchema, rows, 'sat out');
}

/** What each code means, said to an organiser rather than to the member. */
export const SAT_OUT_REASONS: Readonly<Record<string, string>> = {
  'round.too_few_members': 'the only member taking part',
  'match.alone': 'nobody else was taking part',
  'match.blocked_everyone': 'their blocks ruled out everyone else',
  'match.no_eligible_partner': 'had recently met, or may not meet, everyone else',
  'match.no_group_fits': 'the numbers did not work out',
};
