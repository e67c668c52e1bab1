import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';

const rowSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  hobbies: z.array(z.string()),
  volunteer: z.array(z.string()),
  industry: z.string().nullable(),
  timezone: z.string().nullable(),
});
export type MemberExportRow = z.infer<typeof rowSchema>;

export const MEMBER_EXPORT_COLUMNS = ['id', 'name', 'hobbies', 'volunteer', 'industry', 'timezone'] as const;

/**
 * Current members (opted in or paused) in the `kindred match` members format, so the file
 * can be matched offline or imported again. People who left are not exported: importing
 * the file elsewhere must never opt them back in.
 */
export async function exportMembers(q: Queryable, communityId: number): Promise<MemberExportRow[]> {
  const { rows } = await q.query(
    `SELECT m.platform_user_id AS id, m.display_name AS name,
       coalesce(p.hobbies, '{}') AS hobbies, coalesce(p.volunteer, '{}') AS volunteer, p.industry, p.timezone
     FROM members m LEFT JOIN profiles p ON p.member_id = m.id
     WHERE m.community_id = $1 AND m.status <> 'left' ORDER BY m.id`,
    [communityId],
  );
  return parseRows(rowSchema, rows, 'member export');
}
