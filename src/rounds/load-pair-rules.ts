import type { CommunityRef } from '../domain/community.ts';
import type { IdPair, PastIntro } from '../matching/types.ts';
import { subjectHasher } from '../members/subject-hash.ts';
import type { Queryable } from '../store/db.ts';

/**
 * Past intros of the community, oldest round first, member ids as strings, with first
 * answers. Only intros that reached people count as having met.
 */
export async function loadMatchHistory(
  q: Queryable,
  communityId: number,
  rounds: number,
): Promise<PastIntro[]> {
  const { rows } = await q.query<{
    round: string;
    members: string[];
    feedback: Record<string, string> | null;
  }>(
    `WITH recent AS (
       SELECT id, period FROM rounds WHERE community_id = $1 ORDER BY id DESC LIMIT $2)
     SELECT r.period AS round,
       (SELECT array_agg(im.member_id::text ORDER BY im.member_id) FROM intro_members im WHERE im.intro_id = i.id) AS members,
       (SELECT jsonb_object_agg(f.member_id::text, f.answer) FROM feedback f
         WHERE f.intro_id = i.id AND f.kind = 'initial') AS feedback
     FROM recent r JOIN intros i ON i.round_id = r.id
     WHERE i.status IN ('pending', 'sent')
     ORDER BY r.id, i.id`,
    [communityId, rounds],
  );
  return rows.map((row) => ({
    round: row.round,
    members: row.members ?? [],
    ...(row.feedback ? { feedback: row.feedback as PastIntro['feedback'] } : {}),
  }));
}

/**
 * Blocks as member ids: a block names the blocked person by a hash of their platform id,
 * so each candidate's hash is computed and looked up. A block written before hashes were
 * keyed matches by its plain hash, and is re-keyed here, now that its target is known.
 */
export async function loadBlocks(
  q: Queryable,
  community: CommunityRef,
  members: ReadonlyArray<{ id: number; userId: string }>,
): Promise<Map<number, string[]>> {
  const hasher = await subjectHasher(q);
  const byHash = new Map<string, number>();
  const legacy = new Map<string, string>();
  for (const m of members) {
    const keyed = hasher.hash({ ...community, userId: m.userId });
    byHash.set(keyed, m.id);
    const plain = hasher.legacy({ ...community, userId: m.userId });
    byHash.set(plain, m.id);
    legacy.set(plain, keyed);
  }
  const { rows } = await q.query<{ memberId: number; hash: string }>(
    `SELECT member_id AS "memberId", blocked_hash AS hash FROM blocks WHERE member_id = ANY($1::bigint[])`,
    [members.map((m) => m.id)],
  );
  const stale = rows.filter((row) => legacy.has(row.hash));
  if (stale.length > 0) {
    // ON CONFLICT: the same block may exist under both hashes (re-blocked since).
    await q.query(
      `INSERT INTO blocks (member_id, blocked_hash, keyed)
       SELECT * , true FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING`,
      [stale.map((r) => r.memberId), stale.map((r) => legacy.get(r.hash))],
    );
    await q.query(
      'DELETE FROM blocks WHERE keyed = false AND member_id = ANY($1::bigint[]) AND blocked_hash = ANY($2::text[])',
      [stale.map((r) => r.memberId), stale.map((r) => r.hash)],
    );
  }
  const blocked = new Map<number, string[]>();
  for (const row of rows) {
    const target = byHash.get(row.hash);
    if (target !== undefined)
      blocked.set(row.memberId, [...(blocked.get(row.memberId) ?? []), String(target)]);
  }
  return blocked;
}

/** Pairs someone asked never to be introduced again. */
export async function loadNeverAgain(q: Queryable, communityId: number): Promise<IdPair[]> {
  const { rows } = await q.query<{ a: string; b: string }>(
    `SELECT x.member_a::text AS a, x.member_b::text AS b FROM pair_exclusions x
     JOIN members m ON m.id = x.member_a WHERE m.community_id = $1`,
    [communityId],
  );
  return rows.map((r) => [r.a, r.b] as const);
}
