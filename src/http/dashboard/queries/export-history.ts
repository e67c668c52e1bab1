import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';

const rowSchema = z.object({
  round: z.string(),
  members: z.array(z.string()),
  feedback: z.record(z.string(), z.enum(['genuine', 'transactional', 'no_show'])).nullable(),
});

/** One past intro in the `kindred match --history` format. */
export interface HistoryEntry {
  round: string;
  members: string[];
  feedback?: Record<string, 'genuine' | 'transactional' | 'no_show'>;
}

/**
 * Delivered intros, oldest first, with first answers, in the `kindred match --history`
 * format; with the members export it replays this community's matching offline.
 * Intros with someone who has since left are omitted, as the members file omits them.
 */
export async function exportHistory(q: Queryable, communityId: number): Promise<HistoryEntry[]> {
  const { rows } = await q.query(
    `SELECT r.period AS round, mm.members, ff.feedback
     FROM intros i JOIN rounds r ON r.id = i.round_id
     JOIN (
       SELECT im.intro_id, array_agg(m.platform_user_id ORDER BY m.id) AS members, bool_or(m.status = 'left') AS gone
       FROM intro_members im JOIN members m ON m.id = im.member_id
       WHERE m.community_id = $1 GROUP BY im.intro_id) mm ON mm.intro_id = i.id
     LEFT JOIN (
       SELECT f.intro_id, jsonb_object_agg(m.platform_user_id, f.answer) AS feedback
       FROM feedback f JOIN members m ON m.id = f.member_id
       WHERE m.community_id = $1 AND f.kind = 'initial' GROUP BY f.intro_id) ff ON ff.intro_id = i.id
     WHERE i.community_id = $1 AND i.status = 'sent' AND NOT mm.gone
     ORDER BY i.created_at, i.id`,
    [communityId],
  );
  return parseRows(rowSchema, rows, 'history export')
    .filter((r) => r.members.length >= 2)
    .map((r) =>
      r.feedback
        ? { round: r.round, members: r.members, feedback: r.feedback }
        : { round: r.round, members: r.members },
    );
}
