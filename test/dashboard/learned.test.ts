import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';
import { startDashboard } from './support/dashboard-server.ts';
import type { DashboardServer } from './support/dashboard-server.ts';
import { seedCommunity } from './support/seed-community.ts';
import type { SeededCommunity } from './support/seed-community.ts';

/** Markup with every run of whitespace made one space, and none between tags. */
const squash = (markup: string): string => markup.replace(/\s+/g, ' ').replace(/> </g, '><');

/** The interests column of the effects table, top to bottom. */
const interestColumn = (body: string): string[] =>
  [
    ...(/<table class="effects">(.*?)<\/table>/.exec(body)?.[1] ?? '').matchAll(
      /<th scope="row">([^<]*)<\/th>/g,
    ),
  ].map((m) => m[1]!);

describe.each(DRIVERS)('what Kindred has learned, on %s', (driver) => {
  const t = useTestDb(driver);
  let server: DashboardServer;
  let seeded: SeededCommunity;
  let bonding: SeededCommunity;
  let favourite: string;
  let empty: number;

  beforeAll(async () => {
    seeded = await seedCommunity(t.db, { externalId: uniqueId('learned'), members: 40, rounds: 6 });
    // A community where intros sharing its most common hobby are genuine and no other is.
    bonding = await seedCommunity(t.db, {
      externalId: uniqueId('bonding'),
      members: 80,
      rounds: 6,
      seed: 11,
    });
    const { rows } = await t.db.query<{ hobby: string }>(
      `SELECT h AS hobby FROM intros i CROSS JOIN LATERAL jsonb_array_elements_text(i.shared -> 'hobbies') h
       WHERE i.community_id = $1 AND EXISTS (SELECT 1 FROM feedback f WHERE f.intro_id = i.id AND f.kind = 'initial')
       GROUP BY h ORDER BY count(*) DESC, h LIMIT 1`,
      [bonding.communityId],
    );
    favourite = rows[0]!.hobby;
    await t.db.query(
      `UPDATE feedback f SET answer = CASE WHEN (i.shared -> 'hobbies') ? $2 THEN 'genuine' ELSE 'transactional' END
       FROM intros i WHERE f.intro_id = i.id AND i.community_id = $1 AND f.kind = 'initial'`,
      [bonding.communityId, favourite],
    );
    await t.db.query(
      `DELETE FROM feedback f USING intros i WHERE f.intro_id = i.id AND i.community_id = $1 AND f.kind = 'checkin'`,
      [bonding.communityId],
    );
    const { rows: created } = await t.db.query<{ id: number }>(
      `INSERT INTO communities (platform, external_id, name) VALUES ('offline', $1, 'Empty') RETURNING id`,
      [uniqueId('empty')],
    );
    empty = created[0]!.id;
    server = await startDashboard(t.db);
  }, 60_000);
  afterAll(() => server?.close());

  const page = async (path: string) => {
    const res = await server.get(path);
    return { res, body: squash(await res.text()) };
  };
  const learned = (id: number, query = '') => `/admin/c/${id}/learned${query}`;

  it('shows what rarity is worth, the other effects in words, each interest and each round', async () => {
    const { res, body } = await page(learned(seeded.communityId));
    expect(res.status).toBe(200);
    expect(body).toContain('<a href="/admin/c/' + seeded.communityId + '/learned" aria-current="page"');
    expect(body).toMatch(
      /One step rarer (adds|takes) about \d+\.\d points( off)? \(90% interval [−+]?\d+\.\d to [−+]?\d+\.\d\) to the chance an intro feels genuine/,
    );
    expect(body).toMatch(/Two people from different fields (adds|takes|changes by) about \d+\.\d points/);
    expect(body).toMatch(/Meeting as a trio rather than a pair (adds|takes|changes by) about/);
    expect(body).toMatch(/Each shared interest, whatever it is, (adds|takes|changes by) about/);
    expect(body).toMatch(/Living twelve hours apart (adds|takes|changes by) about/);
    const interests = interestColumn(body);
    expect(interests.length).toBeGreaterThan(5);
    expect(body).toMatch(/<td class="num">[−+]?\d+\.\d to [−+]?\d+\.\d<\/td>/);
    expect(body).not.toContain('matching by rarity alone');
    // Every seeded round has answers: one row each, with the answered rate beside the model's.
    const rounds = /<table class="predictions">(.*?)<\/table>/.exec(body)?.[1] ?? '';
    const rows = [...rounds.matchAll(/<tr><th scope="row"><a href="[^"]+">[\d-]+<\/a><\/th>(.*?)<\/tr>/g)];
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const [answered, genuine, rate, expected] = [
        ...row[1]!.matchAll(/<td class="num">\s*([^<]*?)\s*<\/td>/g),
      ].map((m) => m[1]!);
      expect(Number(answered)).toBeGreaterThan(0);
      expect(rate).toBe(`${Math.round((100 * Number(genuine)) / Number(answered))}%`);
      expect(expected).toMatch(/^\d{1,3}%$/);
    }
    expect(body).toContain('aria-labelledby="chart-predicted-genuine-t chart-predicted-genuine-d"');
    expect(body).toContain('Genuine-connection rate');
    expect(body).not.toContain('NaN');
  });

  it('ranks first the interest whose intros were genuine when every other was transactional', async () => {
    const { body } = await page(learned(bonding.communityId));
    const top = interestColumn(body);
    expect(top[0]).toBe(favourite);
    const row = new RegExp(
      `<th scope="row">${favourite}</th><td>hobby</td><td class="num">\\+(\\d+\\.\\d)</td><td class="num">\\+(\\d+\\.\\d) to`,
    ).exec(body);
    expect(row, 'its whole 90% interval is above zero').not.toBeNull();
    const { body: byName } = await page(learned(bonding.communityId, '?sort=interest&dir=asc&kind=hobby'));
    const names = interestColumn(byName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(byName).not.toContain('<td>volunteering</td>');
    const { body: searched } = await page(
      learned(bonding.communityId, `?q=${encodeURIComponent(favourite)}`),
    );
    expect(interestColumn(searched)).toContain(favourite);
  });

  it('says Kindred matches by rarity alone before anyone has answered', async () => {
    const { res, body } = await page(learned(empty));
    expect(res.status).toBe(200);
    expect(body).toContain('Kindred is matching by rarity alone until members answer');
    expect(body).not.toContain('<table');
  });

  it('falls back to defaults on bad query parameters instead of failing', async () => {
    for (const query of [
      '?sort=%3Cscript%3E&dir=sideways&page=-3&kind=robots',
      '?page=99999999999999999999&q=' + 'x'.repeat(500),
      '?page=400',
      '?sort=effect&dir=asc&page=abc&kind=',
    ]) {
      const { res, body } = await page(learned(seeded.communityId, query));
      expect(res.status, query).toBe(200);
      expect(body, query).toContain('<table class="effects">');
      expect(body).not.toContain('<script');
    }
    expect((await page('/admin/c/999999999/learned')).res.status).toBe(404);
  });
});
