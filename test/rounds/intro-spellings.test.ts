import { describe, expect, it } from 'vitest';
import { exportIntros } from '../../src/http/dashboard/queries/export-intros.ts';
import { roundIntros } from '../../src/http/dashboard/queries/round-intros.ts';
import { exportMemberData } from '../../src/members/export-member-data.ts';
import { joinCommunity } from '../../src/members/join-community.ts';
import { updateProfile } from '../../src/members/update-profile.ts';
import { mulberry32 } from '../../src/matching/random.ts';
import { planRound } from '../../src/rounds/plan-round.ts';
import { getCommunity } from '../../src/store/community-repository.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';

const NOW = new Date('2026-11-30T10:00:30Z');

describe.each(DRIVERS)('intros name interests as members wrote them, on %s', (driver) => {
  const store = useTestDb(driver);
  const platform = new MemoryPlatform();
  const deps = () => ({
    db: store.db,
    clock: () => NOW,
    rng: mulberry32(7),
    platforms: { get: () => platform },
  });

  async function joinWith(externalId: string, hobbies: string, volunteer?: string, displayName?: string) {
    const ref = { platform: 'slack' as const, externalId, userId: uniqueId('U') };
    await joinCommunity(deps(), ref, displayName ? { displayName } : {});
    const saved = await updateProfile(deps(), ref, { hobbies, ...(volunteer ? { volunteer } : {}) });
    if (!saved.ok) throw new Error(saved.code);
    return ref;
  }

  it('stores the spellings beside the keys and shows them in the intro, while intros.shared keeps the keys', async () => {
    const externalId = uniqueId('T');
    await joinWith(externalId, 'Martial Arts, movies', 'AIDS awareness');
    await joinWith(externalId, 'martial arts; Movies', 'AIDS Awareness');
    const { rows: found } = await store.db.query<{ id: number }>(
      'SELECT id FROM communities WHERE external_id = $1',
      [externalId],
    );
    const community = (await getCommunity(store.db, found[0]!.id))!;
    const result = await planRound(deps(), { community, period: '2026-11-30T10:00', manual: false });
    expect(result.ok).toBe(true);

    const { rows } = await store.db.query<{ shared: unknown; why: string; icebreaker: string }>(
      'SELECT shared, why, icebreaker FROM intros WHERE community_id = $1',
      [community.id],
    );
    expect(rows).toHaveLength(1);
    const intro = rows[0]!;
    expect(intro.shared).toEqual({ hobbies: ['martial art', 'movie'], volunteer: ['aids awareness'] });
    expect(intro.why).toMatch(/martial arts|Martial Arts/);
    expect(`${intro.why} ${intro.icebreaker}`).not.toMatch(/\bmartial art\b|\bmovy\b|\baid awareness\b/i);

    const { rows: profiles } = await store.db.query<{ hobbies: string[]; spellings: string[] }>(
      `SELECT p.hobbies, p.hobby_spellings AS spellings FROM profiles p JOIN members m ON m.id = p.member_id
       WHERE m.community_id = $1 ORDER BY m.id`,
      [community.id],
    );
    expect(profiles[0]).toEqual({ hobbies: ['martial art', 'movie'], spellings: ['Martial Arts', 'movies'] });
  });

  it('replaces the spellings with the list, and keeps them when only another field changes', async () => {
    const externalId = uniqueId('T');
    const ref = { platform: 'slack' as const, externalId, userId: uniqueId('U') };
    await joinCommunity(deps(), ref);
    await updateProfile(deps(), ref, { hobbies: 'Board Games, Selfies' });
    await updateProfile(deps(), ref, { timezone: 'Europe/London' });
    const read = async () =>
      (
        await store.db.query<{ spellings: string[] }>(
          `SELECT hobby_spellings AS spellings FROM profiles p JOIN members m ON m.id = p.member_id
           WHERE m.platform_user_id = $1`,
          [ref.userId],
        )
      ).rows[0]!.spellings;
    expect(await read()).toEqual(['Board Games', 'Selfies']);
    await updateProfile(deps(), ref, { hobbies: 'chess' });
    expect(await read()).toEqual(['chess']);
  });

  it('names the members of a trio on the dashboard and in exports, never as raw mention tokens', async () => {
    const externalId = uniqueId('T');
    await joinWith(externalId, 'jazz, chess', undefined, 'Ada');
    await joinWith(externalId, 'jazz, chess', undefined, 'Ben');
    const cy = await joinWith(externalId, 'chess, pottery', undefined, 'Cy');
    const { rows: found } = await store.db.query<{ id: number }>(
      'SELECT id FROM communities WHERE external_id = $1',
      [externalId],
    );
    const community = (await getCommunity(store.db, found[0]!.id))!;
    expect((await planRound(deps(), { community, period: '2026-11-30T10:00', manual: false })).ok).toBe(true);
    const { rows } = await store.db.query<{ why: string; roundId: number }>(
      'SELECT why, round_id AS "roundId" FROM intros WHERE community_id = $1',
      [community.id],
    );
    expect(rows[0]!.why).toMatch(/^All three of you love chess\. \{@\d+\} and \{@\d+\} also share jazz\./);

    const [shown] = await roundIntros(store.db, community.id, rows[0]!.roundId, {
      q: '',
      outcome: 'all',
      delivery: 'all',
      sort: 'made',
      dir: 'asc',
      limit: 50,
      offset: 0,
    });
    expect(shown!.why).toMatch(/^All three of you love chess\. Ada and Ben also share jazz\./);
    const [exported] = await exportIntros(store.db, community.id);
    expect(exported!.why).not.toContain('{@');
    expect(exported!.why).toContain(`${exported!.members![0]} and ${exported!.members![1]} also share jazz.`);
    const own = await exportMemberData(deps(), cy);
    expect(own.ok && own.value.intros[0]!.why).toContain(
      'another member and another member also share jazz.',
    );
  });
});
