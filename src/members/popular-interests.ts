import type { Queryable } from '../store/db.ts';

/**
 * The interests this community already uses most, offered as suggestions in the profile
 * form so people converge on the same words (and so find each other).
 */
export async function popularInterests(
  q: Queryable,
  communityId: number,
  limit = 10,
): Promise<{ hobbies: string[]; volunteer: string[] }> {
  const { rows } = await q.query<{ kind: 'hobbies' | 'volunteer'; interest: string }>(
    `SELECT kind, interest FROM (
       SELECT kind, interest, row_number() OVER (PARTITION BY kind ORDER BY count(*) DESC, interest) AS rank
       FROM (
         SELECT 'hobbies' AS kind, unnest(p.hobbies) AS interest FROM profiles p JOIN members m ON m.id = p.member_id
           WHERE m.community_id = $1 AND m.status <> 'left'
         UNION ALL
         SELECT 'volunteer', unnest(p.volunteer) FROM profiles p JOIN members m ON m.id = p.member_id
           WHERE m.community_id = $1 AND m.status <> 'left'
       ) used
       GROUP BY kind, interest
     ) ranked WHERE rank <= $2 ORDER BY kind, rank`,
    [communityId, limit],
  );
  return {
    hobbies: rows.filter((r) => r.kind === 'hobbies').map((r) => r.interest),
    volunteer: rows.filter((r) => r.kind === 'volunteer').map((r) => r.interest),
  };
}
