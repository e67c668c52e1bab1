import type { Community } from '../../../domain/community.ts';
import { subjectHasher } from '../../../members/subject-hash.ts';
import type { Db } from '../../../store/db.ts';
import type { ImportRow } from './prepare-import.ts';

export interface ImportSummary {
  created: number;
  updated: number;
  /** People the file names whom Kindred must not opt in on an organiser's word. */
  skipped: { userId: string; reason: 'left' | 'forgotten' }[];
}

/**
 * Writes prepared members into `community` in one transaction: all or nothing. New people
 * are recorded as opted in by the organiser, now. People who left, or asked to be
 * forgotten, are skipped: only they can opt in again. For people already here, the name
 * and any non-empty field in the file replace what Kindred knew; empty cells keep it.
 */
export async function importMembers(
  db: Db,
  community: Community,
  rows: readonly ImportRow[],
  now: Date,
): Promise<ImportSummary> {
  return db.transaction(async (tx) => {
    const ids = rows.map((r) => r.userId);
    const hasher = await subjectHasher(tx);
    const refOf = (userId: string) => ({
      platform: community.platform,
      externalId: community.externalId,
      userId,
    });
    // The ledger may still hold plain hashes written before hashes were keyed.
    const hashOf = new Map(
      ids.flatMap((userId) => [
        [hasher.hash(refOf(userId)), userId],
        [hasher.legacy(refOf(userId)), userId],
      ]),
    );
    const existing = await tx.query<{ userId: string; status: string }>(
      `SELECT platform_user_id AS "userId", status FROM members
       WHERE community_id = $1 AND platform_user_id = ANY($2::text[])`,
      [community.id, ids],
    );
    const status = new Map(existing.rows.map((r) => [r.userId, r.status]));
    const ledger = await tx.query<{ hash: string }>(
      `SELECT DISTINCT subject_hash AS hash FROM deletion_ledger WHERE subject_hash = ANY($1::text[])`,
      [[...hashOf.keys()]],
    );
    const forgotten = new Set(ledger.rows.map((r) => hashOf.get(r.hash)));
    const skipped: ImportSummary['skipped'] = [];
    const keep = rows.filter((r) => {
      const reason =
        status.get(r.userId) === 'left'
          ? 'left'
          : !status.has(r.userId) && forgotten.has(r.userId)
            ? 'forgotten'
            : undefined;
      if (reason) skipped.push({ userId: r.userId, reason });
      return reason === undefined;
    });
    if (keep.length === 0) return { created: 0, updated: 0, skipped };

    const written = await tx.query<{ id: number; userId: string; created: boolean }>(
      `INSERT INTO members AS m (community_id, platform_user_id, display_name, consent_at, joined_at)
       SELECT $1, u.id, u.name, $4, $4 FROM unnest($2::text[], $3::text[]) AS u(id, name)
       ON CONFLICT (community_id, platform_user_id) DO UPDATE
         SET display_name = COALESCE(EXCLUDED.display_name, m.display_name)
       RETURNING m.id, m.platform_user_id AS "userId", (xmax = 0) AS created`,
      [community.id, keep.map((r) => r.userId), keep.map((r) => r.name), now],
    );
    const memberId = new Map(written.rows.map((r) => [r.userId, Number(r.id)]));
    const idOf = (r: ImportRow) => memberId.get(r.userId)!;

    await tx.query(
      `INSERT INTO profiles AS p (member_id, hobbies, volunteer, industry, timezone, updated_at)
       SELECT u.id, ARRAY(SELECT jsonb_array_elements_text(u.h::jsonb)),
         ARRAY(SELECT jsonb_array_elements_text(u.v::jsonb)), u.industry, u.tz, $6
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, h, v, industry, tz)
       ON CONFLICT (member_id) DO UPDATE SET
         hobbies = CASE WHEN cardinality(EXCLUDED.hobbies) > 0 THEN EXCLUDED.hobbies ELSE p.hobbies END,
         volunteer = CASE WHEN cardinality(EXCLUDED.volunteer) > 0 THEN EXCLUDED.volunteer ELSE p.volunteer END,
         industry = COALESCE(EXCLUDED.industry, p.industry),
         timezone = COALESCE(EXCLUDED.timezone, p.timezone),
         updated_at = EXCLUDED.updated_at`,
      [
        keep.map(idOf),
        keep.map((r) => JSON.stringify(r.hobbies)),
        keep.map((r) => JSON.stringify(r.volunteer)),
        keep.map((r) => r.industry),
        keep.map((r) => r.timezone),
        now,
      ],
    );

    const blocks = keep.flatMap((r) =>
      r.blocked.map((userId) => [idOf(r), hasher.hash(refOf(userId))] as const),
    );
    if (blocks.length > 0) {
      await tx.query(
        `INSERT INTO blocks (member_id, blocked_hash) SELECT * FROM unnest($1::bigint[], $2::text[])
         ON CONFLICT DO NOTHING`,
        [blocks.map((b) => b[0]), blocks.map((b) => b[1])],
      );
    }
    const prioritised = keep.filter((r) => r.priority !== undefined);
    if (prioritised.length > 0) {
      await tx.query(
        `UPDATE members m SET priority = u.p FROM unnest($1::bigint[], $2::int[]) AS u(id, p) WHERE m.id = u.id`,
        [prioritised.map(idOf), prioritised.map((r) => r.priority)],
      );
    }
    const created = written.rows.filter((r) => r.created).length;
    return { created, updated: written.rows.length - created, skipped };
  });
}
