import { z } from 'zod';
import { nameMentionTokens } from '../../../domain/mention-token.ts';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';
import { INTRO_OUTCOMES_SQL, OUTCOME_WORD_SQL, OUTCOMES } from './intro-outcome-sql.ts';

const rowSchema = z.object({
  round_id: z.number().int(),
  period: z.string(),
  round_status: z.string(),
  round_created_at: z.date(),
  intro_id: z.number().int().nullable(),
  size: z.number().int().nullable(),
  members: z.array(z.string()).nullable(),
  shared_hobbies: z.array(z.string()).nullable(),
  shared_volunteer: z.array(z.string()).nullable(),
  why: z.string().nullable(),
  score: z.number().nullable(),
  status: z.string().nullable(),
  failure_reason: z.string().nullable(),
  created_at: z.date().nullable(),
  sent_at: z.date().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
});
export type IntroExportRow = z.infer<typeof rowSchema>;

export const INTRO_EXPORT_COLUMNS = Object.keys(rowSchema.shape) as (keyof IntroExportRow)[];

/** Rounds, one record per intro (a round without intros gets one record with empty intro fields). */
export async function exportIntros(q: Queryable, communityId: number): Promise<IntroExportRow[]> {
  const { rows } = await q.query(
    `WITH o AS (${INTRO_OUTCOMES_SQL})
     SELECT r.id AS round_id, r.period, r.status AS round_status, r.created_at AS round_created_at,
       i.id AS intro_id, i.size::int AS size,
       mm.members, mm.member_ids,
       ARRAY(SELECT jsonb_array_elements_text(i.shared -> 'hobbies')) AS shared_hobbies,
       ARRAY(SELECT jsonb_array_elements_text(i.shared -> 'volunteer')) AS shared_volunteer,
       i.why, i.score, i.status, i.failure_reason, i.created_at, i.sent_at,
       CASE WHEN i.id IS NULL THEN NULL ELSE ${OUTCOME_WORD_SQL} END AS outcome
     FROM rounds r LEFT JOIN intros i ON i.round_id = r.id LEFT JOIN o ON o.intro_id = i.id
     LEFT JOIN (
       SELECT im.intro_id, array_agg(m.platform_user_id ORDER BY m.id) AS members,
         array_agg(m.id ORDER BY m.id) AS member_ids
       FROM intro_members im JOIN members m ON m.id = im.member_id
       WHERE m.community_id = $1 GROUP BY im.intro_id) mm ON mm.intro_id = i.id
     WHERE r.community_id = $1
     ORDER BY r.created_at, r.id, i.id`,
    [communityId],
  );
  const withIds = rowSchema.extend({ member_ids: z.array(z.number().int()).nullable() });
  return parseRows(withIds, rows, 'intro export').map(({ member_ids: ids, ...r }) => {
    if (r.intro_id === null) return { ...r, shared_hobbies: null, shared_volunteer: null };
    // The stored hook names members by id (mention tokens); export their platform ids.
    const userIds = new Map((ids ?? []).map((id, i) => [String(id), r.members?.[i] ?? '']));
    return {
      ...r,
      why: r.why === null ? null : nameMentionTokens(r.why, (id) => userIds.get(id) || 'a member'),
    };
  });
}
