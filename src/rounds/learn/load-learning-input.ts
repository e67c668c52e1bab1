import { z } from 'zod';
import type { MatchMember } from '../../matching/types.ts';
import type { Queryable } from '../../store/db.ts';
import { parseRows } from '../../store/rows.ts';
import type { AnsweredIntro } from './answer-signals.ts';

const memberSchema = z.object({
  id: z.string(),
  hobbies: z.array(z.string()).nullable(),
  volunteer: z.array(z.string()).nullable(),
  industry: z.string().nullable(),
  timezone: z.string().nullable(),
});

const answerSchema = z.object({
  member: z.string(),
  kind: z.enum(['initial', 'checkin']),
  answer: z.enum(['genuine', 'transactional', 'no_show', 'in_touch', 'not_in_touch']),
});
const introSchema = z.object({
  round: z.string(),
  members: z.array(z.string()).nullable(),
  answers: z.array(answerSchema).nullable(),
});

/**
 * Everything the pair model learns from in one community: the profiles of its members
 * (whoever still has one, so past partners count towards features and rarity) and every
 * intro that reached people with its first answers and check-ins, oldest round first.
 * Member ids are strings, as the matcher's.
 */
export async function loadLearningInput(
  q: Queryable,
  communityId: number,
): Promise<{ members: MatchMember[]; intros: AnsweredIntro[] }> {
  const members = parseRows(
    memberSchema,
    (
      await q.query(
        `SELECT m.id::text AS id, p.hobbies, p.volunteer, p.industry, p.timezone
         FROM members m JOIN profiles p ON p.member_id = m.id
         WHERE m.community_id = $1 ORDER BY m.id`,
        [communityId],
      )
    ).rows,
    'learning member',
  );
  const intros = parseRows(
    introSchema,
    (
      await q.query(
        `SELECT r.period AS round,
           (SELECT array_agg(im.member_id::text ORDER BY im.member_id) FROM intro_members im
             WHERE im.intro_id = i.id) AS members,
           (SELECT jsonb_agg(jsonb_build_object('member', f.member_id::text, 'kind', f.kind, 'answer', f.answer))
             FROM feedback f WHERE f.intro_id = i.id) AS answers
         FROM intros i JOIN rounds r ON r.id = i.round_id
         WHERE i.community_id = $1 AND i.status IN ('pending', 'sent')
           AND EXISTS (SELECT 1 FROM feedback f WHERE f.intro_id = i.id)
         ORDER BY r.id, i.id`,
        [communityId],
      )
    ).rows,
    'learning intro',
  );
  return {
    members: members.map((m) => ({
      id: m.id,
      hobbies: m.hobbies ?? [],
      volunteer: m.volunteer ?? [],
      industry: m.industry,
      timezone: m.timezone,
    })),
    intros: intros.map((intro) => {
      const feedback: NonNullable<AnsweredIntro['feedback']> = {};
      const checkin: NonNullable<AnsweredIntro['checkin']> = {};
      for (const a of intro.answers ?? []) {
        // The table's CHECK pairs each kind with its own answers.
        if (a.answer === 'in_touch' || a.answer === 'not_in_touch') checkin[a.member] = a.answer;
        else if (a.kind === 'initial') feedback[a.member] = a.answer;
      }
      return { round: intro.round, members: intro.members ?? [], feedback, checkin };
    }),
  };
}
