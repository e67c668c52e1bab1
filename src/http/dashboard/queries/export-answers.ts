import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';

const rowSchema = z.object({
  intro_id: z.number().int(),
  round_id: z.number().int(),
  period: z.string(),
  member: z.string(),
  kind: z.enum(['initial', 'checkin']),
  answer: z.string(),
  source: z.string(),
  answered_at: z.date(),
});
export type AnswerExportRow = z.infer<typeof rowSchema>;

export const ANSWER_EXPORT_COLUMNS = Object.keys(rowSchema.shape) as (keyof AnswerExportRow)[];

/** Outcomes: every answer given, first answers and check-ins, oldest first. */
export async function exportAnswers(q: Queryable, communityId: number): Promise<AnswerExportRow[]> {
  const { rows } = await q.query(
    `SELECT f.intro_id, i.round_id, r.period, m.platform_user_id AS member, f.kind, f.answer, f.source,
       f.updated_at AS answered_at
     FROM feedback f JOIN intros i ON i.id = f.intro_id JOIN rounds r ON r.id = i.round_id
     JOIN members m ON m.id = f.member_id
     WHERE i.community_id = $1
     ORDER BY f.updated_at, f.id`,
    [communityId],
  );
  return parseRows(rowSchema, rows, 'answer export');
}
