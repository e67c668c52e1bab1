import type { Community } from '../../domain/community.ts';
import { getCommunity } from '../../store/community-repository.ts';
import type { Db } from '../../store/db.ts';
import type { SimMember } from './ground-truth.ts';

/** Writes a synthetic community (offline platform) with its members and profiles; replaces one of the same name. */
export async function seedSimCommunity(
  db: Db,
  input: { externalId: string; name: string; members: SimMember[]; createdAt: Date },
): Promise<Community> {
  return db.transaction(async (tx) => {
    await tx.query(`DELETE FROM communities WHERE platform = 'offline' AND external_id = $1`, [
      input.externalId,
    ]);
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO communities (platform, external_id, name, created_at) VALUES ('offline', $1, $2, $3) RETURNING id`,
      [input.externalId, input.name, input.createdAt],
    );
    const id = rows[0]!.id;
    const members = input.members;
    await tx.query(
      `WITH m AS (
         INSERT INTO members (community_id, platform_user_id, consent_at, joined_at)
         SELECT $1, u, $3, $3 FROM unnest($2::text[]) AS u RETURNING id, platform_user_id)
       INSERT INTO profiles (member_id, hobbies, volunteer, industry, timezone, updated_at)
       SELECT m.id, string_to_array(p.h, '|'), string_to_array(p.v, '|'), p.i, p.z, $3
       FROM m JOIN unnest($2::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS p(u, h, v, i, z)
         ON p.u = m.platform_user_id`,
      [
        id,
        members.map((m) => m.userId),
        input.createdAt,
        members.map((m) => m.hobbies.join('|')),
        members.map((m) => m.volunteer.join('|')),
        members.map((m) => m.industry),
        members.map((m) => m.timezone),
      ],
    );
    return (await getCommunity(tx, id))!;
  });
}
