import type { Cadence, Member, Profile } from '../domain/member.ts';
import { memberSchema, profileSchema } from '../domain/member.ts';
import type { Queryable } from './db.ts';
import { parseRow, parseRows } from './rows.ts';

export const MEMBER_COLUMNS = `m.id, m.community_id AS "communityId", m.platform_user_id AS "platformUserId",
  m.display_name AS "displayName", m.status, m.paused_until AS "pausedUntil", m.pause_reason AS "pauseReason",
  m.cadence, m.consent_at AS "consentAt", m.joined_at AS "joinedAt", m.left_at AS "leftAt", m.priority`;

const PROFILE_COLUMNS = `member_id AS "memberId", hobbies, volunteer, hobby_spellings AS "hobbySpellings",
  volunteer_spellings AS "volunteerSpellings", industry, timezone, updated_at AS "updatedAt"`;

export async function findMember(
  q: Queryable,
  communityId: number,
  userId: string,
): Promise<Member | undefined> {
  const { rows } = await q.query(
    `SELECT ${MEMBER_COLUMNS} FROM members m WHERE m.community_id = $1 AND m.platform_user_id = $2`,
    [communityId, userId],
  );
  return rows[0] ? parseRow(memberSchema, rows[0], 'member') : undefined;
}

export async function listMembers(q: Queryable, communityId: number): Promise<Member[]> {
  const { rows } = await q.query(
    `SELECT ${MEMBER_COLUMNS} FROM members m WHERE m.community_id = $1 ORDER BY m.id`,
    [communityId],
  );
  return parseRows(memberSchema, rows, 'member');
}

/** Opts a person in (again): consent is recorded now; a member who had left comes back active. */
export async function upsertJoin(
  q: Queryable,
  input: { communityId: number; userId: string; displayName: string | null; now: Date },
): Promise<{ member: Member; created: boolean }> {
  const { rows } = await q.query(
    `INSERT INTO members AS m (community_id, platform_user_id, display_name, consent_at, joined_at)
     VALUES ($1, $2, $3, $4, $4)
     ON CONFLICT (community_id, platform_user_id) DO UPDATE SET
       display_name = COALESCE(EXCLUDED.display_name, m.display_name),
       consent_at = CASE WHEN m.status = 'left' THEN EXCLUDED.consent_at ELSE m.consent_at END,
       status = CASE WHEN m.status = 'left' THEN 'active' ELSE m.status END,
       pause_reason = CASE WHEN m.status = 'left' THEN NULL ELSE m.pause_reason END,
       left_at = NULL
     RETURNING ${MEMBER_COLUMNS}, (xmax = 0) AS created`,
    [input.communityId, input.userId, input.displayName, input.now],
  );
  const row = rows[0] as Record<string, unknown>;
  return { member: parseRow(memberSchema, row, 'member'), created: row['created'] === true };
}

export type MemberState =
  | { status: 'active' }
  | { status: 'paused'; until: Date | null; reason: 'self' | 'ghost' }
  | { status: 'left'; at: Date };

export async function setMemberState(q: Queryable, memberId: number, state: MemberState): Promise<Member> {
  const { rows } = await q.query(
    `UPDATE members m SET status = $2, paused_until = $3, pause_reason = $4, left_at = $5
     WHERE m.id = $1 RETURNING ${MEMBER_COLUMNS}`,
    [
      memberId,
      state.status,
      state.status === 'paused' ? state.until : null,
      state.status === 'paused' ? state.reason : null,
      state.status === 'left' ? state.at : null,
    ],
  );
  return parseRow(memberSchema, rows[0], 'member');
}

export async function setCadence(q: Queryable, memberId: number, cadence: Cadence): Promise<void> {
  await q.query('UPDATE members SET cadence = $2 WHERE id = $1', [memberId, cadence]);
}

export async function getProfile(q: Queryable, memberId: number): Promise<Profile | undefined> {
  const { rows } = await q.query(`SELECT ${PROFILE_COLUMNS} FROM profiles WHERE member_id = $1`, [memberId]);
  return rows[0] ? parseRow(profileSchema, rows[0], 'profile') : undefined;
}

export interface ProfilePatch {
  hobbies?: string[];
  volunteer?: string[];
  /** How each hobby / cause was written, index for index; saved only with its list. */
  hobbySpellings?: string[];
  volunteerSpellings?: string[];
  industry?: string | null;
  timezone?: string | null;
}

/** Creates or updates a profile; fields left undefined keep their value. */
export async function saveProfile(
  q: Queryable,
  memberId: number,
  patch: ProfilePatch,
  now: Date,
): Promise<Profile> {
  const { rows } = await q.query(
    `INSERT INTO profiles AS p (member_id, hobbies, volunteer, industry, timezone, updated_at,
       hobby_spellings, volunteer_spellings)
     VALUES ($1, COALESCE($2::text[], '{}'), COALESCE($3::text[], '{}'), $4, $5, $6,
       COALESCE($9::text[], '{}'), COALESCE($10::text[], '{}'))
     ON CONFLICT (member_id) DO UPDATE SET
       hobbies = COALESCE($2::text[], p.hobbies),
       volunteer = COALESCE($3::text[], p.volunteer),
       -- A new list replaces its spellings too, so the two never drift apart.
       hobby_spellings = CASE WHEN $2::text[] IS NULL THEN p.hobby_spellings ELSE COALESCE($9::text[], '{}') END,
       volunteer_spellings = CASE WHEN $3::text[] IS NULL THEN p.volunteer_spellings ELSE COALESCE($10::text[], '{}') END,
       industry = CASE WHEN $7 THEN $4 ELSE p.industry END,
       timezone = CASE WHEN $8 THEN $5 ELSE p.timezone END,
       updated_at = $6
     RETURNING ${PROFILE_COLUMNS}`,
    [
      memberId,
      patch.hobbies ?? null,
      patch.volunteer ?? null,
      patch.industry ?? null,
      patch.timezone ?? null,
      now,
      patch.industry !== undefined,
      patch.timezone !== undefined,
      patch.hobbySpellings ?? null,
      patch.volunteerSpellings ?? null,
    ],
  );
  return parseRow(profileSchema, rows[0], 'profile');
}
