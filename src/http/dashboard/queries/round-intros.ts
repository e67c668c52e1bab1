import { z } from 'zod';
import { sharedGroundSchema } from '../../../domain/intro.ts';
import { nameMentionTokens } from '../../../domain/mention-token.ts';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';
import { containsPattern } from '../listing/list-params.ts';
import { INTRO_OUTCOMES_SQL, OUTCOME_WORD_SQL, OUTCOMES } from './intro-outcome-sql.ts';

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'cancelled'] as const;

const rowSchema = z.object({
  id: z.number().int(),
  size: z.number().int(),
  score: z.number(),
  shared: sharedGroundSchema,
  why: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  failureReason: z.string().nullable(),
  sentAt: z.date().nullable(),
  outcome: z.enum(OUTCOMES),
  members: z.array(z.object({ memberId: z.number().int(), userId: z.string(), name: z.string().nullable() })),
  total: z.number().int(),
});
export type RoundIntro = z.infer<typeof rowSchema>;

export const INTRO_SORTS = ['made', 'members', 'ground', 'delivery', 'outcome', 'score'] as const;
export type IntroSort = (typeof INTRO_SORTS)[number];

// Fixed SQL per sort key (checked against INTRO_SORTS before it gets here).
const ORDER: Readonly<Record<IntroSort, string>> = {
  made: 'i.id',
  members: 'mm.first_name',
  ground: `jsonb_array_length(i.shared -> 'hobbies') + jsonb_array_length(i.shared -> 'volunteer')`,
  delivery: `array_position(ARRAY['sent', 'pending', 'cancelled', 'failed'], i.status)`,
  outcome: `array_position(ARRAY['genuine', 'transactional', 'no_show', 'none'], ${OUTCOME_WORD_SQL})`,
  score: 'i.score',
};

export interface RoundIntroOptions {
  /** Part of a member's name or id, or of an interest the intro shared; '' for all. */
  q: string;
  outcome: (typeof OUTCOMES)[number] | 'all';
  delivery: (typeof DELIVERY_STATUSES)[number] | 'all';
  sort: IntroSort;
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/**
 * One page of a round's intros with who was in each, why, how delivery went and the
 * outcome, searched, filtered, sorted and paged in SQL; `total` counts every match.
 */
export async function roundIntros(
  q: Queryable,
  communityId: number,
  roundId: number,
  options: RoundIntroOptions,
): Promise<RoundIntro[]> {
  const direction = options.dir === 'asc' ? 'ASC' : 'DESC';
  const { rows } = await q.query(
    `WITH o AS (${INTRO_OUTCOMES_SQL})
     SELECT i.id, i.size, i.score, i.shared, i.why, i.status, i.failure_reason AS "failureReason",
       i.sent_at AS "sentAt", ${OUTCOME_WORD_SQL} AS outcome, mm.members, count(*) OVER ()::int AS total
     FROM intros i JOIN o ON o.intro_id = i.id
     JOIN (
       SELECT im.intro_id, jsonb_agg(jsonb_build_object('memberId', m.id, 'userId', m.platform_user_id, 'name', m.display_name)
         ORDER BY m.id) AS members,
         min(lower(coalesce(m.display_name, m.platform_user_id))) AS first_name,
         bool_or(m.display_name ILIKE $3 OR m.platform_user_id ILIKE $3) AS member_match
       FROM intro_members im JOIN intros x ON x.id = im.intro_id JOIN members m ON m.id = im.member_id
       WHERE x.round_id = $2 GROUP BY im.intro_id) mm ON mm.intro_id = i.id
     WHERE i.community_id = $1 AND i.round_id = $2
       AND ($3 = '%%' OR mm.member_match OR EXISTS (
         SELECT 1 FROM jsonb_array_elements_text((i.shared -> 'hobbies') || (i.shared -> 'volunteer')) t
         WHERE t ILIKE $3))
       AND ($4 = 'all' OR ${OUTCOME_WORD_SQL} = $4)
       AND ($5 = 'all' OR i.status = $5)
     ORDER BY ${ORDER[options.sort]} ${direction}, i.id ${direction}
     LIMIT $6 OFFSET $7`,
    [
      communityId,
      roundId,
      containsPattern(options.q),
      options.outcome,
      options.delivery,
      options.limit,
      options.offset,
    ],
  );
  // The stored hook names members by id (mention tokens); show their names instead.
  return parseRows(rowSchema, rows, 'round intro').map((intro) => {
    const byId = new Map(intro.members.map((m) => [String(m.memberId), m.name ?? m.userId]));
    return { ...intro, why: nameMentionTokens(intro.why, (id) => byId.get(id) ?? 'a member') };
  });
}
