import { describe, expect, it } from 'vitest';
import type { MemberRef } from '../../src/domain/member.ts';
import { blockMember } from '../../src/members/block-member.ts';
import { forgetMember } from '../../src/members/forget-member.ts';
import { joinCommunity } from '../../src/members/join-community.ts';
import { subjectHasher } from '../../src/members/subject-hash.ts';
import { updateProfile } from '../../src/members/update-profile.ts';
import type { Db } from '../../src/store/db.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';

/** Every row of every table, as text, with the columns that hold member ids. */
async function everyRow(db: Db): Promise<{ table: string; text: string; memberIds: number[] }[]> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const columns = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.contype = 'f' AND c.confrelid = 'members'::regclass`,
  );
  const out: { table: string; text: string; memberIds: number[] }[] = [];
  for (const { table_name: table } of tables.rows) {
    const refs = columns.rows.filter((c) => c.table_name === table).map((c) => c.column_name);
    const idColumns = table === 'members' ? ['id', ...refs] : refs;
    const select = idColumns.length > 0 ? `, ARRAY[${idColumns.map((c) => `t.${c}`).join(', ')}] AS ids` : '';
    const { rows } = await db.query<{ text: string; ids?: (number | null)[] }>(
      `SELECT t::text AS text${select} FROM ${table} t`,
    );
    for (const row of rows)
      out.push({
        table,
        text: row.text,
        memberIds: (row.ids ?? []).filter((id): id is number => id !== null),
      });
  }
  return out;
}

describe.each(DRIVERS)('forget on %s', (driver) => {
  const store = useTestDb(driver);

  it('leaves no row in any table that names the member, and keeps a hashed ledger entry', async () => {
    const deps = { db: store.db };
    const community = uniqueId('T');
    const me: MemberRef = { platform: 'slack', externalId: community, userId: uniqueId('UFORGET') };
    const other: MemberRef = { platform: 'slack', externalId: community, userId: uniqueId('UOTHER') };
    const mine = await joinCommunity(deps, me, { displayName: 'Forgettable Person' });
    const theirs = await joinCommunity(deps, other, { displayName: 'Staying Person' });
    if (!mine.ok || !theirs.ok) throw new Error('join failed');
    const myId = mine.value.member.id;
    const otherId = theirs.value.member.id;
    await updateProfile(deps, me, { hobbies: 'unicycling', industry: 'Circus', timezone: 'Europe/Paris' });
    await blockMember(deps, me, 'U_SOMEONE');
    await blockMember(deps, other, me.userId);

    // A delivered intro with feedback, a per-member DM, an outbox row and a never-again pair.
    const communityId = mine.value.member.communityId;
    const round = await store.db.query<{ id: number }>(
      `INSERT INTO rounds (community_id, period, status) VALUES ($1, '2026-11-23T10:00', 'done') RETURNING id`,
      [communityId],
    );
    const roundId = round.rows[0]!.id;
    const intro = await store.db.query<{ id: number }>(
      `INSERT INTO intros (round_id, community_id, size, score, shared, why, icebreaker, status)
       VALUES ($1, $2, 2, 10, '{"hobbies":["unicycling"],"volunteer":[]}', 'You both like unicycling.', 'Where do you ride?', 'sent')
       RETURNING id`,
      [roundId, communityId],
    );
    const introId = intro.rows[0]!.id;
    await store.db.query('INSERT INTO intro_members (intro_id, member_id) VALUES ($1, $2), ($1, $3)', [
      introId,
      myId,
      otherId,
    ]);
    await store.db.query(
      `INSERT INTO intro_messages (intro_id, member_id, channel_id, message_id) VALUES ($1, $2, 'D1', '1.1')`,
      [introId, myId],
    );
    await store.db.query(
      `INSERT INTO feedback (intro_id, member_id, kind, answer, source) VALUES ($1, $2, 'initial', 'genuine', 'reaction')`,
      [introId, myId],
    );
    await store.db.query(
      `INSERT INTO outbox (community_id, intro_id, member_id, kind, dedupe_key) VALUES ($1, $2, $3, 'nudge', $4)`,
      [communityId, introId, myId, `nudge:${introId}:${myId}`],
    );
    await store.db.query('INSERT INTO pair_exclusions (member_a, member_b) VALUES ($1, $2)', [
      Math.min(myId, otherId),
      Math.max(myId, otherId),
    ]);

    expect(await forgetMember(deps, me)).toEqual({ ok: true, value: { forgotten: true } });

    const rows = await everyRow(store.db);
    const naming = rows.filter(
      (row) =>
        row.text.includes(me.userId) ||
        row.text.includes('Forgettable') ||
        row.text.includes('Circus') ||
        row.memberIds.includes(myId),
    );
    expect(naming).toEqual([]);
    // The other member, the intro itself and the block against me remain.
    expect(rows.some((row) => row.table === 'members' && row.text.includes(other.userId))).toBe(true);
    expect(
      rows.filter((row) => row.table === 'intro_members' && row.memberIds.includes(otherId)),
    ).toHaveLength(1);
    const hasher = await subjectHasher(store.db);
    expect(rows.some((row) => row.table === 'blocks' && row.text.includes(hasher.hash(me)))).toBe(true);
    expect(
      rows.filter((row) => row.table === 'deletion_ledger' && row.text.includes(hasher.hash(me))),
    ).toHaveLength(1);
    // Someone who guesses my id cannot confirm it with a plain hash.
    expect(rows.some((row) => row.text.includes(hasher.legacy(me)))).toBe(false);
  });

  it('is harmless for someone Kindred never knew', async () => {
    const ref: MemberRef = { platform: 'discord', externalId: uniqueId('G'), userId: uniqueId('U') };
    expect(await forgetMember({ db: store.db }, ref)).toEqual({ ok: true, value: { forgotten: false } });
  });
});
