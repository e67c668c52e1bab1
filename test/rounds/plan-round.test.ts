import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/matching/random.ts';
import { planRound } from '../../src/rounds/plan-round.ts';
import { runRoundNow } from '../../src/rounds/run-round-now.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import { DRIVERS, useTestDb } from '../support/test-db.ts';
import { outboxOf, seedCommunity } from './seed-community.ts';

const NOW = new Date('2026-11-30T10:00:30Z');

describe.each(DRIVERS)('planning a round on %s', (driver) => {
  const store = useTestDb(driver);
  const platform = new MemoryPlatform();
  const deps = (extra: object = {}) => ({
    db: store.db,
    clock: () => NOW,
    rng: mulberry32(7),
    platforms: { get: () => platform },
    ...extra,
  });

  it('writes intros, their members and one outbox row each in one go, with why and shared ground', async () => {
    const seeded = await seedCommunity(store.db, [
      { hobbies: ['chess', 'hiking'] },
      { hobbies: ['chess'] },
      { hobbies: ['hiking'], volunteer: ['food bank'] },
      { hobbies: ['sailing'], volunteer: ['food bank'] },
    ]);
    const result = await planRound(deps(), {
      community: seeded.community,
      period: '2026-11-30T10:00',
      manual: false,
    });
    expect(result).toMatchObject({ ok: true, value: { intros: 2, trios: 0, satOut: 0, eligible: 4 } });
    const intros = await store.db.query<{ id: number; shared: unknown; why: string; members: number }>(
      `SELECT i.id, i.shared, i.why, (SELECT count(*) FROM intro_members im WHERE im.intro_id = i.id) AS members
       FROM intros i WHERE community_id = $1`,
      [seeded.community.id],
    );
    expect(intros.rows).toHaveLength(2);
    expect(intros.rows.every((r) => r.members === 2 && r.why.length > 0)).toBe(true);
    const outbox = await outboxOf(store.db, seeded.community.id);
    expect(outbox.map((o) => [o.kind, o.status])).toEqual([
      ['intro', 'pending'],
      ['intro', 'pending'],
    ]);
  });

  it('claims each period once: planning the same period again is round.already_running', async () => {
    const seeded = await seedCommunity(store.db, [{}, {}]);
    const input = { community: seeded.community, period: '2026-11-30T10:00', manual: false };
    expect((await planRound(deps(), input)).ok).toBe(true);
    expect(await planRound(deps(), input)).toMatchObject({ ok: false, code: 'round.already_running' });
  });

  it('puts the odd one out in a trio and tells whoever still sits out why, without names', async () => {
    const seeded = await seedCommunity(store.db, [
      { hobbies: ['chess'] },
      { hobbies: ['chess'] },
      { hobbies: ['chess'] },
    ]);
    const trio = await planRound(deps(), { community: seeded.community, period: 'p1', manual: false });
    expect(trio).toMatchObject({ ok: true, value: { intros: 1, trios: 1, satOut: 0 } });

    const lone = await seedCommunity(store.db, [{ hobbies: ['chess'] }, { status: 'left' }]);
    const alone = await planRound(deps(), { community: lone.community, period: 'p1', manual: false });
    expect(alone).toMatchObject({ ok: true, value: { intros: 0, satOut: 1 } });
    const outbox = await outboxOf(store.db, lone.community.id);
    expect(outbox).toMatchObject([
      { kind: 'notice', code: 'round.too_few_members', memberId: lone.ids.get(lone.users[0]!) },
    ]);
    const priority = await store.db.query<{ priority: number }>(
      'SELECT priority FROM members WHERE id = $1',
      [lone.ids.get(lone.users[0]!)],
    );
    expect(priority.rows[0]!.priority).toBe(1);
  });

  it('leaves out paused, left and departed members, and resumes a pause that has ended', async () => {
    const seeded = await seedCommunity(store.db, [
      {},
      {},
      { status: 'paused', pausedUntil: new Date('2026-11-29T00:00:00Z') },
      { status: 'paused', pausedUntil: new Date('2026-12-29T00:00:00Z') },
      { status: 'paused', pausedUntil: null },
      { status: 'left' },
      {},
    ]);
    platform.gone.add(seeded.users[6]!);
    const result = await planRound(deps(), { community: seeded.community, period: 'p', manual: false });
    expect(result).toMatchObject({ ok: true, value: { eligible: 3, intros: 1, trios: 1 } });
    const members = await store.db.query<{ status: string; id: number }>(
      `SELECT m.id, m.status FROM members m JOIN intro_members im ON im.member_id = m.id WHERE m.community_id = $1 ORDER BY m.id`,
      [seeded.community.id],
    );
    expect(members.rows.map((r) => r.id)).toEqual(seeded.users.slice(0, 3).map((u) => seeded.ids.get(u)));
    expect(members.rows.every((r) => r.status === 'active')).toBe(true);
  });

  it('lets a biweekly member skip the round after one they were in', async () => {
    const seeded = await seedCommunity(store.db, [{ cadence: 'biweekly' }, {}, {}]);
    const week1 = await planRound(deps({ clock: () => new Date('2026-11-23T10:00:00Z') }), {
      community: seeded.community,
      period: 'w1',
      manual: false,
    });
    expect(week1).toMatchObject({ ok: true, value: { eligible: 3 } });
    const week2 = await planRound(deps(), { community: seeded.community, period: 'w2', manual: false });
    expect(week2).toMatchObject({ ok: true, value: { eligible: 2 } });
  });

  it('never pairs two members when one has blocked the other', async () => {
    const seeded = await seedCommunity(store.db, [
      { hobbies: ['chess'] },
      { hobbies: ['chess'] },
      { hobbies: ['go'] },
      { hobbies: ['go'] },
    ]);
    const [a, b] = seeded.users;
    const { subjectHasher } = await import('../../src/members/subject-hash.ts');
    await store.db.query('INSERT INTO blocks (member_id, blocked_hash) VALUES ($1, $2)', [
      seeded.ids.get(a!),
      (await subjectHasher(store.db)).hash({
        platform: 'slack',
        externalId: seeded.community.externalId,
        userId: b!,
      }),
    ]);
    await planRound(deps(), { community: seeded.community, period: 'p', manual: false });
    const together = await store.db.query(
      `SELECT 1 FROM intro_members x JOIN intro_members y ON x.intro_id = y.intro_id WHERE x.member_id = $1 AND y.member_id = $2`,
      [seeded.ids.get(a!), seeded.ids.get(b!)],
    );
    expect(together.rowCount).toBe(0);
  });

  it('GIVEN a block stored under the plain hash of before THEN it still holds and is re-keyed', async () => {
    const seeded = await seedCommunity(store.db, [
      { hobbies: ['chess'] },
      { hobbies: ['chess'] },
      { hobbies: ['go'] },
      { hobbies: ['go'] },
    ]);
    const [a, b] = seeded.users;
    const { subjectHasher } = await import('../../src/members/subject-hash.ts');
    const hasher = await subjectHasher(store.db);
    const refB = { platform: 'slack' as const, externalId: seeded.community.externalId, userId: b! };
    await store.db.query('INSERT INTO blocks (member_id, blocked_hash, keyed) VALUES ($1, $2, false)', [
      seeded.ids.get(a!),
      hasher.legacy(refB),
    ]);
    await planRound(deps(), { community: seeded.community, period: 'p', manual: false });
    const together = await store.db.query(
      `SELECT 1 FROM intro_members x JOIN intro_members y ON x.intro_id = y.intro_id WHERE x.member_id = $1 AND y.member_id = $2`,
      [seeded.ids.get(a!), seeded.ids.get(b!)],
    );
    expect(together.rowCount).toBe(0);
    const stored = await store.db.query<{ blocked_hash: string; keyed: boolean }>(
      'SELECT blocked_hash, keyed FROM blocks WHERE member_id = $1',
      [seeded.ids.get(a!)],
    );
    expect(stored.rows).toEqual([{ blocked_hash: hasher.hash(refB), keyed: true }]);
  });

  it('runs an admin round under its own key, wakes delivery, and refuses when too few take part', async () => {
    const seeded = await seedCommunity(store.db, [{}, {}]);
    let woken = 0;
    const result = await runRoundNow(deps({ wakeDelivery: () => woken++ }), seeded.community.id);
    expect(result).toMatchObject({ ok: true, value: { intros: 1, trios: 0, satOut: 0 } });
    expect(woken).toBe(1);
    const period = await store.db.query<{ period: string }>(
      'SELECT period FROM rounds WHERE community_id = $1',
      [seeded.community.id],
    );
    expect(period.rows[0]!.period).toBe('manual:2026-11-30T10:00Z');
    expect(await runRoundNow(deps(), seeded.community.id)).toMatchObject({
      ok: false,
      code: 'round.already_running',
    });
    const few = await seedCommunity(store.db, [{}]);
    expect(await runRoundNow(deps(), few.community.id)).toMatchObject({
      ok: false,
      code: 'round.too_few_members',
    });
    const rounds = await store.db.query('SELECT 1 FROM rounds WHERE community_id = $1', [few.community.id]);
    expect(rounds.rowCount).toBe(0);
  });
});
