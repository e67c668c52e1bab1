import type { Queryable } from '../../store/db.ts';
import { NOTICE_TEXT } from '../notice-text.ts';

/** Unanswered intros in a row after which a member is paused. */
export const GHOST_STREAK = 3;

/**
 * Pauses members whose last three intros (each past its nudge and as long again) got no
 * answer from them and no sign that anyone met (no partner said it happened), and tells
 * them how to resume. Only intros after their previous ghost pause count. Returns the
 * members paused.
 */
export async function pauseGhosts(q: Queryable, now: Date): Promise<number[]> {
  const { rows } = await q.query<{ memberId: number }>(
    `WITH recent AS (
       SELECT im.member_id, i.community_id, i.id AS intro_id,
         row_number() OVER (PARTITION BY im.member_id ORDER BY i.sent_at DESC, i.id DESC) AS k,
         EXISTS (SELECT 1 FROM feedback f WHERE f.intro_id = i.id
                 AND (f.member_id = im.member_id OR f.answer IN ('genuine', 'transactional', 'in_touch'))) AS heard
       FROM intro_members im
       JOIN intros i ON i.id = im.intro_id
       JOIN members m ON m.id = im.member_id AND m.status = 'active'
       JOIN communities c ON c.id = i.community_id AND c.status = 'active'
       LEFT JOIN ghost_pauses g ON g.member_id = im.member_id
       WHERE i.status = 'sent' AND i.sent_at <= $1::timestamptz - make_interval(days => 2 * c.nudge_after_days)
         AND i.id > COALESCE(g.last_intro_id, 0)),
     ghosts AS (
       SELECT member_id, community_id, max(intro_id) AS last_intro FROM recent WHERE k <= $2
       GROUP BY member_id, community_id HAVING count(*) = $2 AND NOT bool_or(heard)),
     marked AS (
       INSERT INTO ghost_pauses (member_id, last_intro_id, paused_at)
       SELECT member_id, last_intro, $1 FROM ghosts
       ON CONFLICT (member_id) DO UPDATE SET last_intro_id = EXCLUDED.last_intro_id, paused_at = EXCLUDED.paused_at
       RETURNING member_id),
     paused AS (
       UPDATE members SET status = 'paused', pause_reason = 'ghost', paused_until = NULL
       WHERE id IN (SELECT member_id FROM marked) AND status = 'active' RETURNING id),
     told AS (
       INSERT INTO outbox (community_id, member_id, kind, payload, dedupe_key, available_at, created_at)
       SELECT g.community_id, g.member_id, 'notice', jsonb_build_object('code', 'member.ghost_paused', 'text', $3::text),
         'notice:ghost:' || g.member_id || ':' || g.last_intro, $1, $1
       FROM ghosts g WHERE g.member_id IN (SELECT id FROM paused)
       ON CONFLICT (dedupe_key) DO NOTHING)
     SELECT id AS "memberId" FROM paused`,
    [now, GHOST_STREAK, NOTICE_TEXT['member.ghost_paused']],
  );
  return rows.map((r) => r.memberId);
}
