import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOME_RATES } from '../../src/domain/outcome-rates.ts';
import { MAX_CLUSTERS, OTHER_INTERESTS } from '../../src/http/dashboard/graph/cluster-layout.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';
import { startDashboard } from './support/dashboard-server.ts';
import type { DashboardServer } from './support/dashboard-server.ts';
import { seedCommunity } from './support/seed-community.ts';
import type { SeededCommunity } from './support/seed-community.ts';

const squash = (markup: string): string => markup.replace(/\s+/g, ' ').replace(/> </g, '><');
const PAGES = ['', '/members', '/rounds', '/interests', '/graph', '/learned', '/preview', '/import'];

describe.each(DRIVERS)('dashboard words and figures on %s', (driver) => {
  const t = useTestDb(driver);
  let server: DashboardServer;
  let seeded: SeededCommunity;
  let empty: number;

  beforeAll(async () => {
    seeded = await seedCommunity(t.db, { externalId: uniqueId('words'), members: 160, rounds: 6 });
    await t.db.query(
      `UPDATE intros SET failure_reason = 'member_paused'
       WHERE id = (SELECT min(id) FROM intros WHERE community_id = $1 AND status = 'cancelled')`,
      [seeded.communityId],
    );
    const { rows } = await t.db.query<{ id: number }>(
      `INSERT INTO communities (platform, external_id, name) VALUES ('offline', $1, 'Empty') RETURNING id`,
      [uniqueId('empty')],
    );
    empty = rows[0]!.id;
    server = await startDashboard(t.db);
  }, 120_000);
  afterAll(() => server?.close());

  const page = async (path: string) => {
    const res = await server.get(path);
    return { res, body: squash(await res.text()) };
  };
  const c = (suffix = '') => `/admin/c/${seeded.communityId}${suffix}`;

  it('shows one genuine-connection rate, counted over answered intros, with its definition wherever it appears', async () => {
    const { rows } = await t.db.query<{ genuine: number; answered: number }>(
      `SELECT count(*) FILTER (WHERE g)::int AS genuine, count(*)::int AS answered FROM (
         SELECT bool_or(f.answer = 'genuine') AS g FROM feedback f JOIN intros i ON i.id = f.intro_id
         WHERE i.community_id = $1 AND f.kind = 'initial' GROUP BY f.intro_id) x`,
      [seeded.communityId],
    );
    const { genuine, answered } = rows[0]!;
    const def = OUTCOME_RATES.genuine;
    const overview = await page(c());
    expect(overview.body).toContain(
      `<li title="${genuine} of ${answered} answered intros"><span class="value">${Math.round((100 * genuine) / answered)}%</span><span class="label">${def.name}</span>`,
    );
    expect(overview.body).toContain(`<dt>${def.name}</dt><dd>${def.definition}</dd>`);
    expect(overview.body).toContain(`<figcaption>${def.name}<span class="note">${def.definition}</span>`);
    expect(overview.body).not.toContain('answers genuine');
    const interests = await page(c('/interests'));
    expect(interests.body).toContain(`<dt>${def.name}</dt><dd>${def.definition}</dd>`);
    expect(interests.body).toContain(`>${def.name}</a`);
  });

  it('says when rounds run in words: Mondays at 10:00, UTC', async () => {
    expect((await page(c())).body).toContain('rounds: Mondays at 10:00, UTC');
  });

  it('lists a called-off intro in words apart from failures, never as a raw code', async () => {
    for (const path of [c('/rounds'), c(`/rounds/${seeded.roundIds[0]}`)]) {
      const { body } = await page(path);
      expect(body).not.toMatch(/member_paused|member_left|dms_closed/);
      const [notDelivered, calledOff] = body
        .split('<h2>What did not go out</h2>')[1]!
        .split('<h3>Called off before sending</h3>');
      expect(calledOff).toMatch(/a member (left|paused) before it was sent/);
      expect(notDelivered).not.toContain('before it was sent');
    }
    expect((await page(c('/rounds'))).body).toContain('a member paused before it was sent');
  });

  it('writes counts in the right number, and each date once', async () => {
    for (const suffix of PAGES) {
      const { body } = await page(c(suffix));
      expect(body, suffix).not.toMatch(/\w\(s\)/);
    }
    const rounds = await page(c('/rounds'));
    expect(rounds.body).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    const round = await page(c(`/rounds/${seeded.roundIds.at(-1)}`));
    expect(round.body).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });

  it('says "No … yet" on an empty community instead of a table header over nothing', async () => {
    for (const suffix of PAGES) {
      const { res, body } = await page(`/admin/c/${empty}${suffix}`);
      expect(res.status, suffix).toBe(200);
      expect(body, suffix).not.toContain('<thead>');
    }
    expect((await page(`/admin/c/${empty}/members`)).body).toContain('No members yet.');
    expect((await page(`/admin/c/${empty}/interests`)).body).toContain('No intro has shared ground yet.');
  });

  it('draws the graph as labelled groups that link to themselves, labels inside their own discs', async () => {
    const { body } = await page(c('/graph'));
    const discs = [
      ...body.matchAll(
        /<a href="([^"]+)" ?><circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"><\/circle ?>(?:<text[^>]*>([^<]*)<\/text>)?/g,
      ),
    ].map((m) => ({ href: m[1]!, x: Number(m[2]), y: Number(m[3]), r: Number(m[4]), label: m[5] ?? '' }));
    expect(discs.length).toBeGreaterThan(5);
    expect(discs.length).toBeLessThanOrEqual(MAX_CLUSTERS);
    expect(Number(/data-groups="(\d+)"/.exec(body)?.[1])).toBe(discs.length);
    for (const d of discs) {
      expect(d.href).toMatch(/\/graph\?group=/);
      // Each label fits inside its own disc, and discs never overlap, so labels cannot either.
      expect(d.label.length * 7).toBeLessThanOrEqual(2 * d.r + 1);
    }
    for (let i = 0; i < discs.length; i++)
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i]!, discs[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
      }
    // Members whose top interest lost its group join the group of their next interest.
    const nodes = Number(/data-nodes="(\d+)"/.exec(body)?.[1]);
    const other = new RegExp(`>${OTHER_INTERESTS}</a></th><td class="num">(\\d+)<`).exec(body);
    expect(Number(other?.[1] ?? 0)).toBeLessThan(nodes / 10);
    expect(body).not.toMatch(/member \d+/);
  });

  it('opens one group: its members drawn one by one, named as everywhere else and linked', async () => {
    const overview = (await page(c('/graph'))).body;
    const [, href, label, size] =
      /<th scope="row"><a href="([^"]+)">([^<]+)<\/a><\/th><td class="num">(\d+)<\/td>/.exec(overview)!;
    const { res, body } = await page(href!.replace(/&amp;/g, '&'));
    expect(res.status).toBe(200);
    expect(body).toContain(`<h1>${label}</h1>`);
    // Its one disc carries its own name, not a catch-all's.
    expect(body).toContain(`${label} · ${size}<title>`);
    expect(Number(/data-nodes="(\d+)"/.exec(body)?.[1])).toBe(Number(size));
    const links = [...body.matchAll(/<a href="\/admin\/c\/\d+\/members\?member=(u\d+)">([^<]+)<\/a>/g)];
    expect(links.length).toBe(Number(size));
    for (const [, userId, text] of links) expect(text).toMatch(new RegExp(`^\\w+ \\d+ \\(${userId}\\)$`));
    const unknown = await page(c('/graph?group=%3Cnope%3E&show=bogus'));
    expect(unknown.res.status).toBe(200);
    expect(unknown.body).toContain('data-groups=');
  });

  it('points / to the dashboard instead of answering not_found', async () => {
    const res = await fetch(`${server.base}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/admin');
    expect(await res.text()).toContain('<a href="/admin">/admin</a>');
  });

  it('GIVEN an import that fails THEN the consent box stays as the organiser left it', async () => {
    const post = (body: string) =>
      server.get('/admin/import', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    const ticked = await post(`name=Club&consent=yes&text=${encodeURIComponent('id,hobbies\n,chess')}`);
    expect(ticked.status).toBe(400);
    expect(squash(await ticked.text())).toMatch(/name="consent" value="yes" required checked/);
    const unticked = await post(`name=Club&text=${encodeURIComponent('id\nu1')}`);
    expect(unticked.status).toBe(400);
    expect(squash(await unticked.text())).not.toMatch(/required checked/);
  });
});

describe.each(DRIVERS)('a dashboard with exactly one community on %s', (driver) => {
  const t = useTestDb(driver);
  let server: DashboardServer;
  let communityId: number;
  beforeAll(async () => {
    ({ communityId } = await seedCommunity(t.db, { externalId: uniqueId('only'), members: 10, rounds: 1 }));
    server = await startDashboard(t.db);
  });
  afterAll(() => server?.close());

  it('opens that community from /admin, and still lists it from the Kindred link', async () => {
    const res = await server.get('/admin');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/admin/c/${communityId}`);
    const overview = await (await server.get(`/admin/c/${communityId}`)).text();
    expect(overview).toContain('<a class="brand" href="/admin?all=1">');
    const list = await server.get('/admin?all=1');
    expect(list.status).toBe(200);
    expect(await list.text()).toContain(`href="/admin/c/${communityId}"`);
  });
});
