import { z } from 'zod';
import { sharedGroundSchema } from '../../../domain/intro.ts';
import { nameMentionTokens } from '../../../domain/mention-token.ts';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';
import { INTRO_OUTCOMES_SQL, OUTCOME_WORD_SQL, OUTCOMES } from './intro-outcome-sql.ts';

const rowSchema = z.object({
  id: z.number().int(),
  size: z.number().int(),
  score: z.number(),
  shared: sharedGroundSchema,
  why: z.string(),
  status: z.enum(['pending', 'sent', 'failed', 'cancelled']),
  failureReason: z.string().nullable(),
  sentAt: z.date().nullable(),
  outcome: z.enum(OUTCOMES),
  members: z.array(z.object({ memberId: z.number().int(), userId: z.string(), name: z.string().nullable() })),
});
export type RoundIntro = z.infer<typeof rowSchema>;

/** The intros of one round with who was in each, why, how delivery went and the outcome. */
export async function roundIntros(q: Queryable, communityId: number, roundId: number): Promise<RoundIntro[]> {
  const { rows } = await q.query(
    `WITH o AS (${INTRO_OUTCOMES_SQL})
     SELECT i.id, i.size, i.score, i.shared, i.why, i.status, i.failure_reason AS "failureReason",
       i.sent_at AS "sentAt", ${OUTCOME_WORD_SQL} AS outcome,
       mm.members
     FROM intros i JOIN o ON o.intro_id = i.id
     JOIN (
       SELECT im.intro_id, jsonb_agg(jsonb_build_object('memberId', m.id, 'userId', m.platform_user_id, 'name', m.display_name)
         ORDER BY m.id) AS members
       FROM intro_members im JOIN intros x ON x.id = im.intro_id JOIN members m ON m.id = im.member_id
       WHERE x.round_id = $2 GROUP BY im.intro_id) mm ON mm.intro_id = i.id
     WHERE i.community_id = $1 AND i.round_id = $2
     ORDER BY i.id`,
    [communityId, roundId],
  );
  // The stored hook names members by id (mention tokens); show their names instead.
  return parseRows(rowSchema, rows, 'round intro').map((intro) => {
    const byId = new Map(intro.members.map((m) => [String(m.memberId), m.name ?? m.userId]));
    return { ...intro, why: nameMentionTokens(intro.why, (id) => byId.get(id) ?? 'a member') };
  });
}
