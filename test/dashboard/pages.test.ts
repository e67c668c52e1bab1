import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';
import { startDashboard } from './support/dashboard-server.ts';
import type { DashboardServer } from './support/dashboard-server.ts';
import { seedCommunity } from './support/seed-community.ts';
import type { SeededCommunity } from './support/seed-community.ts';

const HOSTILE = '<script>alert("x")</script>';
const HOSTILE_INTEREST = '<img src=x onerror=alert(1)>';

/** Markup with every run of whitespace made one space, and none between tags. */
const squash = (markup: string): string => markup.replace(/\s+/g, ' ').replace(/> </g, '><');

/** No markup the seed's hostile text could have become may reach the page. */
function expectEscaped(body: string): void {
  expect(body).not.toContain('<script');
  expect(body).not.toContain('<img');
}

describe.each(DRIVERS)('dashboard pages on %s', (driver) => {
  const t = useTestDb(driver);
  let server: DashboardServer;
  let seeded: SeededCommunity;
  let empty: number;

  beforeAll(async () => {
    seeded = await seedCommunity(t.db, {
      externalId: uniqueId('pages'),
      name: `Book club ${HOSTILE}`,
      members: 40,
      rounds: 6,
      hostileName: HOSTILE,
    });
    await t.db.query(`UPDATE profiles SET hobbies = array_append(hobbies, $2) WHERE member_id = $1`, [
      seeded.memberIds[0],
      HOSTILE_INTEREST,
    ]);
    await t.db.query(
      `UPDATE intros SET shared = jsonb_set(shared, '{hobbies}', (shared -> 'hobbies') || to_jsonb($2::text)), why = $2
       WHERE id = (SELECT min(id) FROM intros WHERE community_id = $1 AND status = 'sent')`,
      [seeded.communityId, HOSTILE_INTEREST],
    );
    const { rows } = await t.db.query<{ id: number }>(
      `INSERT INTO communities (platform, external_id, name) VALUES ('offline', $1, 'Empty') RETURNING id`,
      [uniqueId('empty')],
    );
    empty = rows[0]!.id;
    server = await startDashboard(t.db, {
      previewRound: async () => ({
        eligible: 3,
        groups: [
          {
            members: [
              { memberId: 1, userId: 'u1', name: HOSTILE },
              { memberId: 2, userId: 'u2', name: 'Grace' },
            ],
            score: 4.2,
            shared: { hobbies: ['chess'], volunteer: [] },
            why: 'You both play chess.',
            icebreaker: 'Which opening do you always play?',
          },
        ],
        satOut: [
          {
            person: { memberId: 3, userId: 'u3', name: 'Alan' },
            code: 'match.no_eligible_partner',
            reason: '',
          },
        ],
      }),
    });
  });
  afterAll(() => server?.close());

  const page = async (path: string) => {
    const res = await server.get(path);
    return { res, body: squash(await res.text()) };
  };
  const c = (suffix = '') => `/admin/c/${seeded.communityId}${suffix}`;

  it('lists communities with their members and rounds, escaping their names', async () => {
    const { res, body } = await page('/admin');
    expect(res.status).toBe(200);
    expect(body).toContain(`href="${c()}"`);
    expect(body).toContain('Book club &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expectEscaped(body);
  });

  it('shows the overview with four outcome charts that have a point per round', async () => {
    const { res, body } = await page(c());
    expect(res.status).toBe(200);
    for (const id of ['answered', 'met', 'genuine', 'in-touch'])
      expect(body).toContain(`aria-labelledby="chart-${id}-t chart-${id}-d"`);
    const points = [...body.matchAll(/data-points="(\d+)"/g)].map((m) => Number(m[1]));
    expect(points.slice(0, 3)).toEqual([6, 6, 6]);
    // Check-ins only exist for rounds at least two weeks old.
    expect(points[3]).toBe(4);
    expect(body.match(/<circle class="point"/g)?.length).toBe(22);
    expect(body).toContain('Data table: outcomes by round');
    expect(body).toContain(`href="${c('/export/members.csv')}"`);
    expectEscaped(body);
  });

  it('shows members: opted in, paused, left, joins per week and the roster, escaped', async () => {
    const { res, body } = await page(c('/members'));
    expect(res.status).toBe(200);
    expect(body).toMatch(/<span class="value">\d+<\/span><span class="label">opted in<\/span>/);
    expect(body).toContain('Members joining per week');
    expect(body).toMatch(/<rect class="bar"/);
    expect(body).toContain('1–40 of 40 members');
    expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expectEscaped(body);
    const left = await page(c('/members?status=left'));
    expect(left.body).not.toContain('<span class="status active">');
  });

  it('lists rounds with intros, trios, sit-outs and failed deliveries by reason', async () => {
    const { res, body } = await page(c('/rounds'));
    expect(res.status).toBe(200);
    expect(body.match(/href="\/admin\/c\/\d+\/rounds\/\d+"/g)?.length).toBe(6);
    expect(body).toContain('a member does not accept direct messages');
    expect(body).toContain('a member left before it was sent');
  });

  it('shows one round: each intro with why and outcome, who sat out and why, and failures', async () => {
    const { res, body } = await page(c(`/rounds/${seeded.roundIds[0]}`));
    expect(res.status).toBe(200);
    expect(body).toContain('Who sat out and why');
    expect(body).toContain('had recently met, or may not meet, everyone else');
    expect(body).toContain('Why');
    expect(body).toMatch(/<span class="status (genuine|transactional|no_show|none)">/);
    expectEscaped(body);
    expect((await page(c('/rounds/999999999'))).res.status).toBe(404);
  });

  it('ranks common ground by genuine connections with the counts beside each rate', async () => {
    const { res, body } = await page(c('/interests'));
    expect(res.status).toBe(200);
    const genuine = [
      ...body.matchAll(/<\/svg> (\d+)<\/td><td class="num">(\d+)<\/td><td class="num">(\d+)<\/td>/g),
    ].map((m) => ({
      genuine: Number(m[1]),
      answered: Number(m[2]),
      intros: Number(m[3]),
    }));
    expect(genuine.length).toBeGreaterThan(3);
    for (let i = 1; i < genuine.length; i++)
      expect(genuine[i]!.genuine).toBeLessThanOrEqual(genuine[i - 1]!.genuine);
    for (const row of genuine) expect(row.genuine).toBeLessThanOrEqual(row.answered);
    expectEscaped(body);
  });

  it('draws the connection graph by group, and a group with a node per member and edges coloured by outcome', async () => {
    const { res, body } = await page(c('/graph'));
    expect(res.status).toBe(200);
    const nodes = Number(/data-nodes="(\d+)"/.exec(body)?.[1]);
    const edges = Number(/data-edges="(\d+)"/.exec(body)?.[1]);
    expect(nodes).toBeGreaterThan(20);
    expect(edges).toBeGreaterThan(nodes / 2);
    expectEscaped(body);
    const href = /<th scope="row"><a href="([^"]+graph\?group=[^"]+)">/
      .exec(body)![1]!
      .replace(/&amp;/g, '&');
    const group = await page(href);
    const members = Number(/data-nodes="(\d+)"/.exec(group.body)?.[1]);
    expect(members).toBeGreaterThan(1);
    expect(group.body.match(/<circle[^>]*><title>/g)?.length).toBe(members);
    expect(group.body).toMatch(/<path class="(genuine|transactional|no_show|none)" d="M[\d.]+ [\d.]+[LC]/);
    expect(group.body).toContain('class="legend"');
    expectEscaped(group.body);
    const genuineOnly = await page(`${href}&show=genuine`);
    expect(genuineOnly.body).not.toContain('<path class="none"');
  });

  it('previews the next round on POST without writing anything', async () => {
    const before = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM intros`);
    const form = await page(c('/preview'));
    expect(form.body).toContain('Preview the next round');
    const res = await server.get(c('/preview'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    const body = squash(await res.text());
    expect(res.status).toBe(200);
    expect(body).toContain('3 members taking part: 1 group (0 trios)');
    expect(body).toContain('You both play chess.');
    expect(body).toContain('Alan (u3)</a>: had recently met, or may not meet, everyone else');
    expectEscaped(body);
    const after = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM intros`);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('previews with the rounds planner by default: real groups and reasons, nothing written or queued', async () => {
    const counts = async () =>
      (
        await t.db.query<{ counts: string }>(
          `SELECT concat_ws(',', (SELECT count(*) FROM rounds), (SELECT count(*) FROM intros),
             (SELECT count(*) FROM outbox), (SELECT sum(priority) FROM members)) AS counts`,
        )
      ).rows[0]!.counts;
    const before = await counts();
    const planner = await startDashboard(t.db);
    try {
      const res = await planner.get(c('/preview'), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      const body = squash(await res.text());
      expect(res.status).toBe(200);
      const groups = Number(/members taking part: (\d+) groups/.exec(body)?.[1]);
      expect(groups).toBeGreaterThan(5);
      expect(body.match(/<tr class="group">/g)).toHaveLength(groups);
      expect(body).toMatch(/<th scope="col"[^>]*><a href="[^"]*sort=score[^"]*" ?>Why/);
      expectEscaped(body);
    } finally {
      await planner.close();
    }
    expect(await counts()).toBe(before);
  });

  it('renders every page of a community with no members, rounds or feedback', async () => {
    for (const suffix of ['', '/members', '/rounds', '/interests', '/graph', '/preview', '/import']) {
      const { res, body } = await page(`/admin/c/${empty}${suffix}`);
      expect(res.status, suffix).toBe(200);
      expect(body).not.toContain('NaN');
    }
  });

  it('answers 404 for a community that does not exist', async () => {
    expect((await page('/admin/c/987654321/members')).res.status).toBe(404);
  });
});
