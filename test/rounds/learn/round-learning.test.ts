import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/matching/random.ts';
import { previewRound } from '../../../src/rounds/preview-round.ts';
import { runRoundNow } from '../../../src/rounds/run-round-now.ts';
import type { Queryable } from '../../../src/store/db.ts';
import { DRIVERS, useTestDb } from '../../support/test-db.ts';
import { seedCommunity, type SeedMember } from '../seed-community.ts';

// Today: "opera" is rarer than "chess", so rarity alone pairs a with c; past answers say
// chess bonds people and opera does not, so a learned round pairs a with a chess player.
const TODAY: SeedMember[] = [
  { userId: 'a', hobbies: ['chess', 'opera'] },
  { userId: 'b', hobbies: ['chess'] },
  { userId: 'c', hobbies: ['opera'] },
  { userId: 'd', hobbies: [] },
  { userId: 'e', hobbies: ['chess'] },
  { userId: 'f', hobbies: ['chess'] },
];
const PAST: SeedMember[] = Array.from({ length: 40 }, (_, i) => ({
  userId: `past${i}`,
  hobbies: [i < 20 ? 'chess' : 'opera'],
  status: 'left',
}));

/** Twenty earlier intros, one per pair of past members, each answered by both. */
async function writeAnsweredHistory(q: Queryable, communityId: number, ids: Map<string, number>) {
  const round = await q.query<{ id: number }>(
    `INSERT INTO rounds (community_id, period, status) VALUES ($1, '2026-11-02T10:00', 'done') RETURNING id`,
    [communityId],
  );
  for (let i = 0; i < 40; i += 2) {
    const intro = await q.query<{ id: number }>(
      `INSERT INTO intros (round_id, community_id, size, score, shared, why, icebreaker, status)
       VALUES ($1, $2, 2, 1, '{"hobbies":[],"volunteer":[]}', 'why', 'hi', 'sent') RETURNING id`,
      [round.rows[0]!.id, communityId],
    );
    const pair = [ids.get(`past${i}`)!, ids.get(`past${i + 1}`)!];
    const answer = i < 20 ? 'genuine' : 'transactional';
    for (const member of pair) {
      await q.query('INSERT INTO intro_members (intro_id, member_id) VALUES ($1, $2)', [
        intro.rows[0]!.id,
        member,
      ]);
      await q.query(
        `INSERT INTO feedback (intro_id, member_id, kind, answer, source) VALUES ($1, $2, 'initial', $3, 'reaction')`,
        [intro.rows[0]!.id, member, answer],
      );
    }
  }
}

async function partnerOfA(q: Queryable, roundId: number, ids: Map<string, number>): Promise<string> {
  const { rows } = await q.query<{ member: number }>(
    `SELECT other.member_id AS member FROM intros i
     JOIN intro_members me ON me.intro_id = i.id AND me.member_id = $2
     JOIN intro_members other ON other.intro_id = i.id AND other.member_id <> $2
     WHERE i.round_id = $1`,
    [roundId, ids.get('a')],
  );
  const byId = new Map([...ids].map(([user, id]) => [id, user]));
  return rows.map((r) => byId.get(Number(r.member))!).join(',');
}

describe.each(DRIVERS)('rounds learn from answers on %s', (driver) => {
  const store = useTestDb(driver);
  const now = new Date('2026-11-30T10:00:30Z');

  it('before any answer, a round and the preview match by rarity alone', async () => {
    const seeded = await seedCommunity(store.db, [...TODAY, ...PAST]);
    const deps = { db: store.db, clock: () => now, rng: mulberry32(1) };
    const preview = await previewRound(deps, seeded.community.id);
    const group = preview.groups.find((g) => g.members.some((m) => m.userId === 'a'))!;
    expect(group.members.map((m) => m.userId).sort()).toEqual(['a', 'c']);
    const round = await runRoundNow(deps, seeded.community.id);
    if (!round.ok) throw new Error(round.code);
    expect(await partnerOfA(store.db, round.value.roundId, seeded.ids)).toBe('c');
  });

  it('after answers, planRound and previewRound both follow what bonded people', async () => {
    const seeded = await seedCommunity(store.db, [...TODAY, ...PAST]);
    await writeAnsweredHistory(store.db, seeded.community.id, seeded.ids);
    const deps = { db: store.db, clock: () => now, rng: mulberry32(1) };
    const preview = await previewRound(deps, seeded.community.id);
    const group = preview.groups.find((g) => g.members.some((m) => m.userId === 'a'))!;
    expect(group.shared.hobbies).toEqual(['chess']);
    expect(await previewRound(deps, seeded.community.id)).toEqual(preview);
    const round = await runRoundNow(deps, seeded.community.id);
    if (!round.ok) throw new Error(round.code);
    expect(['b', 'e', 'f']).toContain(await partnerOfA(store.db, round.value.roundId, seeded.ids));
  });
});
