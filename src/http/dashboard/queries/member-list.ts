import { z } from 'zod';
import { MEMBER_STATUSES } from '../../../domain/member.ts';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';
import { containsPattern } from '../listing/list-params.ts';

const rowSchema = z.object({
  id: z.number().int(),
  userId: z.string(),
  name: z.string().nullable(),
  status: z.enum(MEMBER_STATUSES),
  pauseReason: z.enum(['self', 'ghost']).nullable(),
  joinedAt: z.date(),
  leftAt: z.date().nullable(),
  hobbies: z.array(z.string()).nullable(),
  volunteer: z.array(z.string()).nullable(),
  intros: z.number().int(),
  genuine: z.number().int(),
  total: z.number().int(),
});
export type MemberListRow = z.infer<typeof rowSchema>;

export type MemberFilter = (typeof MEMBER_STATUSES)[number] | 'all';

export const MEMBER_SORTS = ['joined', 'name', 'id', 'status', 'intros', 'genuine', 'left'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

// Fixed SQL per sort key: the key is checked against MEMBER_SORTS first, and no text from
// the request ever reaches the statement except as a parameter.
const ORDER: Readonly<Record<MemberSort, string>> = {
  joined: 'm.joined_at',
  name: 'lower(coalesce(m.display_name, m.platform_user_id))',
  id: 'm.platform_user_id',
  status: 'm.status',
  intros: 'intros',
  genuine: 'genuine',
  left: 'm.left_at',
};

export interface MemberListOptions {
  status: MemberFilter;
  /** Part of a name, platform id or interest; '' for everyone. */
  q: string;
  /** One platform id exactly, for links to a member; '' for none. */
  userId: string;
  sort: MemberSort;
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** One page of members with their interests and how their intros went; `total` counts every match. */
export async function memberList(
  q: Queryable,
  communityId: number,
  options: MemberListOptions,
): Promise<MemberListRow[]> {
  const direction = options.dir === 'asc' ? 'ASC' : 'DESC';
  const { rows } = await q.query(
    `SELECT m.id, m.platform_user_id AS "userId", m.display_name AS name, m.status,
       m.pause_reason AS "pauseReason", m.joined_at AS "joinedAt", m.left_at AS "leftAt",
       p.hobbies, p.volunteer, coalesce(x.intros, 0)::int AS intros, coalesce(g.genuine, 0)::int AS genuine,
       count(*) OVER ()::int AS total
     FROM members m LEFT JOIN profiles p ON p.member_id = m.id
     LEFT JOIN (
       SELECT im.member_id, count(*) AS intros FROM intro_members im JOIN intros i ON i.id = im.intro_id
       WHERE i.community_id = $1 GROUP BY im.member_id) x ON x.member_id = m.id
     LEFT JOIN (
       SELECT f.member_id, count(*) AS genuine FROM feedback f JOIN intros i ON i.id = f.intro_id
       WHERE i.community_id = $1 AND f.kind = 'initial' AND f.answer = 'genuine' GROUP BY f.member_id) g
       ON g.member_id = m.id
     WHERE m.community_id = $1 AND ($2 = 'all' OR m.status = $2)
       AND ($5 = '' OR m.platform_user_id = $5)
       AND ($6 = '%%' OR m.display_name ILIKE $6 OR m.platform_user_id ILIKE $6
         OR EXISTS (SELECT 1 FROM unnest(coalesce(p.hobbies, '{}') || coalesce(p.volunteer, '{}')) t
                    WHERE t ILIKE $6))
     ORDER BY ${ORDER[options.sort]} ${direction} NULLS LAST, m.id ${direction} LIMIT $3 OFFSET $4`,
    [communityId, options.status, options.limit, options.offset, options.userId, containsPattern(options.q)],
  );
  return parseRows(rowSchema, rows, 'member list');
}
