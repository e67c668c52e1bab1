import type { Queryable } from '../../store/db.ts';

// An intro is asked about in the first tick after it went out; one found later than this
// (the scheduler was down for a day) is left to the nudge, and a deployment never asks
// about every intro of the past.
const ASK_WITHIN_HOURS = 24;

/**
 * One private "how did it go?" per member of each intro just sent, in their own DM: the
 * answer is never asked in the shared group message, where a partner would see it.
 * Members who already answered (say, by reacting on the group message) are not asked.
 * Idempotent (dedupe key per intro and member). Returns how many were queued.
 */
export async function queueAsks(q: Queryable, now: Date): Promise<number> {
  const { rowCount } = await q.query(
    `INSERT INTO outbox (community_id, intro_id, member_id, kind, dedupe_key, available_at, created_at)
     SELECT i.community_id, i.id, im.member_id, 'ask', 'ask:' || i.id || ':' || im.member_id, $1, $1
     FROM intros i
     JOIN communities c ON c.id = i.community_id AND c.status = 'active'
     JOIN intro_members im ON im.intro_id = i.id
     JOIN members m ON m.id = im.member_id AND m.status = 'active'
     WHERE i.status = 'sent'
       AND i.sent_at <= $1::timestamptz
       AND i.sent_at > $1::timestamptz - make_interval(hours => $2)
       AND NOT EXISTS (SELECT 1 FROM feedback f
                       WHERE f.intro_id = i.id AND f.member_id = im.member_id AND f.kind = 'initial')
     ORDER BY i.id, im.member_id
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [now, ASK_WITHIN_HOURS],
  );
  return rowCount;
}
