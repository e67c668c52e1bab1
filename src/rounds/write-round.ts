import type { Group, Unmatched } from '../matching/types.ts';
import type { Queryable } from '../store/db.ts';
import type { NoticeCode } from './notice-text.ts';
import { queueNotices, raisePriority } from './queue-notices.ts';

export interface RoundWrite {
  communityId: number;
  roundId: number;
  groups: ReadonlyArray<Group>;
  unmatched: ReadonlyArray<Unmatched>;
  now: Date;
}

/**
 * Writes a matched round inside the caller's transaction: the intros with their why,
 * icebreaker and shared ground, who is in each, one outbox row per intro, and a notice to
 * each member who sits out. Ids are taken from the sequence first so every row can be
 * written with one statement per table.
 */
export async function writeRound(q: Queryable, round: RoundWrite): Promise<void> {
  const { groups, now } = round;
  const { rows } = await q.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('intros', 'id')) AS id FROM generate_series(1, $1)`,
    [groups.length],
  );
  const ids = rows.map((r) => r.id);
  if (groups.length > 0) {
    await q.query(
      `INSERT INTO intros (id, round_id, community_id, size, score, shared, why, icebreaker, created_at)
       SELECT g.id, $1, $2, g.size, g.score, g.shared::jsonb, g.why, g.icebreaker, $8
       FROM unnest($3::bigint[], $4::int[], $5::float8[], $6::text[], $7::text[], $9::text[])
         AS g(id, size, score, shared, why, icebreaker)`,
      [
        round.roundId,
        round.communityId,
        ids,
        groups.map((g) => g.members.length),
        groups.map((g) => g.score),
        // Keys, not spellings: feedback on this intro teaches the matcher about these interests.
        groups.map((g) => {
          const keys = g.keys ?? g.shared;
          return JSON.stringify({ hobbies: keys.hobbies, volunteer: keys.volunteer });
        }),
        groups.map((g) => g.why),
        now,
        groups.map((g) => g.icebreaker),
      ],
    );
    const pairs = groups.flatMap((g, i) => g.members.map((m) => [ids[i]!, Number(m)] as const));
    await q.query(
      `INSERT INTO intro_members (intro_id, member_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    await q.query(
      `INSERT INTO outbox (community_id, intro_id, kind, dedupe_key, available_at, created_at)
       SELECT $1, id, 'intro', 'intro:' || id, $3, $3 FROM unnest($2::bigint[]) AS id`,
      [round.communityId, ids, now],
    );
    // Matched at last: whatever priority they had is spent.
    await q.query('UPDATE members SET priority = 0 WHERE id = ANY($1::bigint[]) AND priority > 0', [
      pairs.map((p) => p[1]),
    ]);
  }
  const satOut = round.unmatched.map((u) => ({
    memberId: Number(u.id),
    code: u.code as NoticeCode,
    dedupeKey: `notice:sat_out:${round.roundId}:${u.id}`,
  }));
  await queueNotices(q, round.communityId, satOut, now);
  await raisePriority(
    q,
    satOut.map((s) => s.memberId),
  );
}
