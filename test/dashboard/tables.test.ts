import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';
import { startDashboard } from './support/dashboard-server.ts';
import type { DashboardServer } from './support/dashboard-server.ts';
import { seedCommunity } from './support/seed-community.ts';
import type { SeededCommunity } from './support/seed-community.ts';

const squash = (markup: string): string => markup.replace(/\s+/g, ' ').replace(/> </g, '><');
const cells = (body: string, pattern: RegExp): string[] => [...body.matchAll(pattern)].map((m) => m[1]!);

describe.each(DRIVERS)('searching, filtering, sorting and paging the dashboard tables on %s', (driver) => {
  const t = useTestDb(driver);
  let server: DashboardServer;
  let seeded: SeededCommunity;

  beforeAll(async () => {
    seeded = await seedCommunity(t.db, { externalId: uniqueId('tables'), members: 300, rounds: 4 });
    server = await startDashboard(t.db);
  }, 120_000);
  afterAll(() => server?.close());

  const page = async (path: string) => {
    const res = await server.get(`/admin/c/${seeded.communityId}${path}`);
    return { res, body: squash(await res.text()) };
  };
  const lastRound = () => seeded.roundIds.at(-1)!;

  it('pages a round of ~140 intros by 50, with the same pager above and below the table', async () => {
    const { res, body } = await page(`/rounds/${lastRound()}`);
    expect(res.status).toBe(200);
    const total = Number(/1–50 of (\d+) intros/.exec(body)?.[1]);
    expect(total).toBeGreaterThan(100);
    expect(body.match(/<nav class="pager"/g)).toHaveLength(2);
    expect(body.match(/<tbody>.*?<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(50);
    const last = await page(`/rounds/${lastRound()}?page=${Math.ceil(total / 50)}`);
    expect(last.body).toContain(`${50 * Math.floor(total / 50) + 1}–${total} of ${total} intros`);
  });

  it('filters a round by outcome and by delivery, in words', async () => {
    const genuine = await page(`/rounds/${lastRound()}?outcome=genuine`);
    const outcomes = cells(genuine.body, /<span class="status (genuine|transactional|no_show|none)">/g);
    expect(outcomes.length).toBeGreaterThan(3);
    expect(new Set(outcomes)).toEqual(new Set(['genuine']));
    const failed = await page(`/rounds/${lastRound()}?delivery=failed`);
    expect(
      cells(failed.body, /<span class="status (sent|pending|failed|cancelled)">/g).every(
        (s) => s === 'failed',
      ),
    ).toBe(true);
    expect(failed.body).toMatch(
      /not delivered<\/span ?><span class="hint">a member does not accept direct messages/,
    );
  });

  it('searches a round by member name, member id and shared interest', async () => {
    const byInterest = await page(`/rounds/${lastRound()}?q=${encodeURIComponent('board games')}`);
    const rows = byInterest.body
      .match(/<tbody>.*?<\/tbody>/)![0]
      .split('<tr>')
      .slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/board games/);
    const byId = await page(`/rounds/${lastRound()}?q=u17`);
    expect(byId.body).toMatch(/of [1-9]\d* intros?/);
    for (const row of byId.body
      .match(/<tbody>.*?<\/tbody>/)![0]
      .split('<tr>')
      .slice(1))
      expect(row).toContain('u17');
  });

  it('sorts a round by outcome both ways from the column header', async () => {
    const rank = ['genuine', 'transactional', 'no_show', 'none'];
    const order = async (dir: string) =>
      cells(
        (await page(`/rounds/${lastRound()}?sort=outcome&dir=${dir}`)).body,
        /<span class="status (genuine|transactional|no_show|none)">/g,
      ).map((o) => rank.indexOf(o));
    const up = await order('asc');
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = await order('desc');
    expect(down).toEqual([...down].sort((a, b) => b - a));
    const { body } = await page(`/rounds/${lastRound()}?sort=outcome&dir=asc`);
    expect(body).toMatch(/<th scope="col" aria-sort="ascending" ?><a href="[^"]*sort=outcome&amp;dir=desc/);
  });

  it.each([
    '?page=-3',
    '?page=abc',
    '?page=99999999',
    '?sort=DROP%20TABLE&dir=sideways',
    '?q=%27%3B%20DROP%20TABLE%20members%3B--&outcome=maybe',
    `?q=${'x'.repeat(500)}`,
    '?q=%25_%5C',
  ])(
    'GIVEN bad or hostile parameters (%s) THEN a round, the members and the interests still answer 200',
    async (query) => {
      for (const path of [`/rounds/${lastRound()}`, '/members', '/interests']) {
        const { res, body } = await page(`${path}${query}`);
        expect(res.status, path + query).toBe(200);
        expect(body).not.toContain('NaN');
      }
      const members = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM members WHERE community_id = $1`,
        [seeded.communityId],
      );
      expect(members.rows[0]!.n).toBe(300);
    },
  );

  it('GIVEN a page past the end THEN it shows the first page', async () => {
    const { body } = await page('/members?page=500');
    expect(body).toContain('1–50 of 300 members');
  });

  it('searches members by name, id and interest, filters them by status and sorts them', async () => {
    const paused = await page('/members?status=paused');
    const statuses = cells(paused.body, /<span class="status (active|paused|left)"/g);
    expect(statuses.length).toBeGreaterThan(5);
    expect(new Set(statuses)).toEqual(new Set(['paused']));
    const byName = await page('/members?q=grace');
    const names = cells(byName.body, /<tr><th scope="row">([^<]*)<\/th><td><code>/g);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(name).toMatch(/^Grace /);
    const byInterest = await page('/members?q=origami');
    const total = Number(/of (\d+) members/.exec(byInterest.body)?.[1]);
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM members m JOIN profiles p ON p.member_id = m.id
       WHERE m.community_id = $1 AND 'origami' = ANY(p.hobbies)`,
      [seeded.communityId],
    );
    expect(total).toBe(rows[0]!.n);
    const one = await page('/members?member=u17');
    expect(one.body).toContain('1–1 of 1 members');
    expect(one.body).toContain('<code>u17</code>');
    const intros = cells(
      (await page('/members?sort=intros&dir=desc')).body,
      /<td class="num">(\d+)<\/td><td class="num">\d+<\/td><td class="date">/g,
    ).map(Number);
    expect(intros.length).toBe(50);
    expect(intros).toEqual([...intros].sort((a, b) => b - a));
  });

  it('shows every shared interest, not a top 100, searchable and by kind', async () => {
    const { body } = await page('/interests');
    const total = Number(/1–\d+ of (\d+) interests/.exec(body)?.[1]);
    expect(total).toBeGreaterThan(30);
    expect(body).not.toContain('Top 100');
    const volunteering = await page('/interests?kind=volunteer');
    const kinds = cells(volunteering.body, /<\/th><td>(hobby|volunteering)<\/td>/g);
    expect(kinds.length).toBeGreaterThan(3);
    expect(new Set(kinds)).toEqual(new Set(['volunteering']));
    const search = await page('/interests?q=chess');
    expect(cells(search.body, /<th scope="row">([^<]*)<\/th><td>(?:hobby|volunteering)/g).sort()).toEqual([
      'chess',
      'chess variants',
    ]);
  });
});
