import { z } from 'zod';
import { CADENCES } from '../domain/member.ts';
import type { Queryable } from '../store/db.ts';
import { parseRows } from '../store/rows.ts';

const roundMemberSchema = z.object({
  id: z.number().int(),
  userId: z.string(),
  displayName: z.string().nullable(),
  status: z.enum(['active', 'paused']),
  cadence: z.enum(CADENCES),
  priority: z.number().int(),
  hobbies: z.array(z.string()).nullable(),
  volunteer: z.array(z.string()).nullable(),
  /** How the member wrote each hobby / cause, index for index; empty for older profiles. */
  hobbySpellings: z.array(z.string()).nullable(),
  volunteerSpellings: z.array(z.string()).nullable(),
  industry: z.string().nullable(),
  timezone: z.string().nullable(),
  lastIntroAt: z.date().nullable(),
});
/** A member who may take part in a round, with what the matcher needs. */
export type RoundMember = z.infer<typeof roundMemberSchema>;

/**
 * Opted-in members who are active, or whose pause ended by `now` (they count as resumed);
 * left members and open-ended pauses (their own or Kindred's after unanswered intros) are
 * not loaded. `lastIntroAt` ignores intros that never reached them.
 */
export async function loadRoundMembers(q: Queryable, communityId: number, now: Date): Promise<RoundMember[]> {
  const { rows } = await q.query(
    `SELECT m.id, m.platform_user_id AS "userId", m.display_name AS "displayName", m.status, m.cadence, m.priority,
       p.hobbies, p.volunteer, p.hobby_spellings AS "hobbySpellings", p.volunteer_spellings AS "volunteerSpellings",
       p.industry, p.timezone,
       (SELECT max(i.created_at) FROM intro_members im JOIN intros i ON i.id = im.intro_id
         WHERE im.member_id = m.id AND i.status IN ('pending', 'sent')) AS "lastIntroAt"
     FROM members m LEFT JOIN profiles p ON p.member_id = m.id
     WHERE m.community_id = $1
       AND (m.status = 'active' OR (m.status = 'paused' AND m.paused_until IS NOT NULL AND m.paused_until <= $2))
     ORDER BY m.id`,
    [communityId, now],
  );
  return parseRows(roundMemberSchema, rows, 'round member');
}
