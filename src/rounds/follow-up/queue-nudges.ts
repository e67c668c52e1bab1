import type { Queryable } from '../../store/db.ts';

// Intros older than this past their nudge or check-in date are left alone, so a
// deployment (or a long outage) never sends a burst of reminders about old intros.
const GRACE_DAYS = 7;

/**
 * One nudge per member who has not said how their intro went, `nudge_after_days` after it
 * was sent. Returns how many were queued.
 */
export async function queueNudges(q: Queryable, now: Date): Promise<number> {
  const { rowCount } = await q.query(
    `INSERT INTO outbox (community_id, intro_id, member_id, kind, dedupe_key, available_at, created_at)
     SELECT i.community_id, i.id, im.member_id, 'nudge', 'nudge:' || i.id || ':' || im.member_id, $1, $1
     FROM intros i
     JOIN communities c ON c.id = i.community_id AND c.status = 'active'
     JOIN intro_members im ON im.intro_id = i.id
     JOIN members m ON m.id = im.member_id AND m.status = 'active'
     WHERE i.status = 'sent'
       AND i.sent_at <= $1::timestamptz - make_interval(days => c.nudge_after_days)
       AND i.sent_at > $1::timestamptz - make_interval(days => c.nudge_after_days + $2)
       AND NOT EXISTS (SELECT 1 FROM feedback f
                       WHERE f.intro_id = i.id AND f.member_id = im.member_id AND f.kind = 'initial')
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [now, GRACE_DAYS],
  );
  return rowCount;
}

/**
 * One "still in touch?" check-in per member, `checkin_after_days` after the intro, unless
 * they said the other person never showed up (there is nothing to be in touch about).
 */
export async function queueCheckins(q: Queryable, now: Date): Promise<number> {
  const { rowCount } = await q.query(
    `INSERT INTO outbox (community_id, intro_id, member_id, kind, dedupe_key, available_at, created_at)
     SELECT i.community_id, i.id, im.member_id, 'checkin', 'checkin:' || i.id || ':' || im.member_id, $1, $1
     FROM intros i
     JOIN communities c ON c.id = i.community_id AND c.status = 'active'
     JOIN intro_members im ON im.intro_id = i.id
     JOIN members m ON m.id = im.member_id AND m.status = 'active'
     WHERE i.status = 'sent'
       AND i.sent_at <= $1::timestamptz - make_interval(days => c.checkin_after_days)
       AND i.sent_at > $1::timestamptz - make_interval(days => c.checkin_after_days + $2)
       AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.intro_id = i.id AND f.member_id = im.member_id
                       AND (f.kind = 'checkin' OR f.answer = 'no_show'))
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [now, GRACE_DAYS],
  );
  return rowCount;
}
