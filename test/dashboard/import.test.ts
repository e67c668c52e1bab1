import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMatchCommand } from '../../src/cli/match-command.ts';
import { escapeHtml } from '../../src/http/dashboard/html.ts';
import { normaliseInterest } from '../../src/interests/normalise-interest.ts';
import { subjectHasher } from '../../src/members/subject-hash.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';
import { startDashboard, TOKEN } from './support/dashboard-server.ts';
import type { DashboardServer } from './support/dashboard-server.ts';

const CSV = `id,name,hobbies,volunteer,industry,timezone,blocked
u1,Ada,Hiking;chess,food bank,finance,Europe/London,u3
u2,"Grace, H",chess;Board Games,,engineering,America/New_York,
u3,Alan,baking,food bank,,,
`;

describe.each(DRIVERS)('importing members on %s', (driver) => {
  const t = useTestDb(driver);
  let server: DashboardServer;
  let cookie: string;
  let csrf: string;
  beforeAll(async () => {
    server = await startDashboard(t.db);
    const login = await fetch(`${server.base}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.base },
      body: new URLSearchParams({ token: TOKEN }).toString(),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const page = await (await fetch(`${server.base}/admin/import`, { headers: { cookie } })).text();
    csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  });
  afterAll(() => server?.close());

  /** Submits the import form as a browser does: multipart, with the file, cookie and token. */
  async function submit(
    path: string,
    fields: Record<string, string>,
    file?: { name: string; text: string | Uint8Array<ArrayBuffer> },
  ) {
    const form = new FormData();
    form.set('csrf', csrf);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    if (file) form.set('file', new File([file.text], file.name, { type: 'text/csv' }));
    const res = await fetch(`${server.base}${path}`, {
      method: 'POST',
      headers: { cookie, origin: server.base },
      body: form,
    });
    return { res, body: (await res.text()).replace(/\s+/g, ' ').replace(/> </g, '><') };
  }

  const membersOf = async (communityId: number) =>
    (
      await t.db.query<{
        userId: string;
        name: string | null;
        status: string;
        hobbies: string[];
        volunteer: string[];
        consent: Date;
      }>(
        `SELECT m.platform_user_id AS "userId", m.display_name AS name, m.status, p.hobbies, p.volunteer, m.consent_at AS consent
         FROM members m LEFT JOIN profiles p ON p.member_id = m.id WHERE m.community_id = $1 ORDER BY m.platform_user_id`,
        [communityId],
      )
    ).rows;

  it('GIVEN a CSV file and consent THEN members land in a new offline community, opted in by the organiser, with normalised interests', async () => {
    const name = `Roster ${uniqueId('r')}`;
    const { res, body } = await submit(
      '/admin/import',
      { name, consent: 'yes' },
      { name: 'team.csv', text: CSV },
    );
    expect(res.status).toBe(200);
    expect(body).toContain('3 members added and 0 updated');
    const { rows } = await t.db.query<{ id: number; platform: string }>(
      `SELECT id, platform FROM communities WHERE name = $1`,
      [name],
    );
    expect(rows[0]!.platform).toBe('offline');
    const members = await membersOf(rows[0]!.id);
    expect(members.map((m) => [m.userId, m.name, m.status])).toEqual([
      ['u1', 'Ada', 'active'],
      ['u2', 'Grace, H', 'active'],
      ['u3', 'Alan', 'active'],
    ]);
    expect(members[0]!.hobbies).toEqual(['hiking', 'chess']);
    expect(members[1]!.hobbies).toEqual(['chess', normaliseInterest('Board Games')]);
    expect(members[0]!.consent.toISOString()).toBe('2026-11-21T09:00:00.000Z');
    const blocks = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM blocks b JOIN members m ON m.id = b.member_id WHERE m.community_id = $1`,
      [rows[0]!.id],
    );
    expect(blocks.rows[0]!.n).toBe(1);
  });

  it('GIVEN pasted text and a second import THEN existing members are updated, not duplicated', async () => {
    const name = `Pasted ${uniqueId('p')}`;
    await submit('/admin/import', { name, consent: 'yes', text: CSV });
    const again = await submit('/admin/import', {
      name,
      consent: 'yes',
      text: 'id,name,hobbies\nu1,Ada L,\nu4,Edsger,running\n',
    });
    expect(again.body).toContain('1 member added and 1 updated');
    const { rows } = await t.db.query<{ id: number }>(`SELECT id FROM communities WHERE name = $1`, [name]);
    const members = await membersOf(rows[0]!.id);
    expect(members.map((m) => m.userId)).toEqual(['u1', 'u2', 'u3', 'u4']);
    // An empty cell keeps what Kindred knew.
    expect(members[0]).toMatchObject({ name: 'Ada L', hobbies: ['hiking', 'chess'] });
  });

  it('GIVEN a bad row THEN nothing is imported and the line at fault is named', async () => {
    const name = `Bad ${uniqueId('b')}`;
    const bad = `${CSV}u5,Zed,chess,,,Mars/Olympus_Mons,\n`;
    const { res, body } = await submit(
      '/admin/import',
      { name, consent: 'yes' },
      { name: 'team.csv', text: bad },
    );
    expect(res.status).toBe(400);
    expect(body).toContain('Nothing was imported.');
    expect(body).toContain('team.csv line 5: timezone: timezone is not an IANA time zone');
    const { rows } = await t.db.query(`SELECT 1 FROM communities WHERE name = $1`, [name]);
    expect(rows).toHaveLength(0);
  });

  it('GIVEN too many interests on one line THEN the import names that line', async () => {
    const many = Array.from({ length: 13 }, (_, i) => `hobby${i}`).join(';');
    const { res, body } = await submit('/admin/import', {
      name: 'Many',
      consent: 'yes',
      text: `id,hobbies\nu1,chess\nu2,${many}\n`,
    });
    expect(res.status).toBe(400);
    expect(body).toContain('pasted text line 3: hobbies: more than 12 interests');
  });

  it('GIVEN Excel "Unicode text" (UTF-16 with a byte-order mark, tabs) THEN it imports as the UTF-8 CSV does', async () => {
    const tabs = '\uFEFFid\tname\thobbies\r\nu1\tZoë\thiking, chess\r\n';
    const bytes = new Uint8Array(tabs.length * 2);
    for (let i = 0; i < tabs.length; i++)
      bytes.set([tabs.charCodeAt(i) & 0xff, tabs.charCodeAt(i) >> 8], 2 * i);
    const name = `Unicode ${uniqueId('u')}`;
    const { res } = await submit(
      '/admin/import',
      { name, consent: 'yes' },
      { name: 'team.txt', text: bytes },
    );
    expect(res.status).toBe(200);
    const { rows } = await t.db.query<{ id: number }>(`SELECT id FROM communities WHERE name = $1`, [name]);
    expect(await membersOf(rows[0]!.id)).toMatchObject([
      { userId: 'u1', name: 'Zoë', hobbies: ['hiking', 'chess'] },
    ]);
  });

  it('GIVEN a Latin-1 file THEN nothing is imported and the message is the one kindred match prints', async () => {
    const bytes = Uint8Array.from('id,name\nu1,Ada\nu2,Zoë\n', (c) => c.charCodeAt(0));
    const name = `Latin ${uniqueId('l')}`;
    const { res, body } = await submit(
      '/admin/import',
      { name, consent: 'yes' },
      { name: 'team.csv', text: bytes },
    );
    expect(res.status).toBe(400);
    let stderr = '';
    await runMatchCommand(['--members', 'team.csv'], {
      readFile: async () => '',
      readBytes: async () => bytes,
      stdout: () => undefined,
      stderr: (s) => (stderr += s),
    });
    const message = stderr.replace(/^kindred match: /, '').trim();
    expect(message).toMatch(/^team\.csv: line 3 is not valid UTF-8/);
    const escaped = escapeHtml(message);
    expect(body).toContain(escaped.replace(/\s+/g, ' '));
    const { rows } = await t.db.query(`SELECT 1 FROM communities WHERE name = $1`, [name]);
    expect(rows).toHaveLength(0);
  });

  it('GIVEN no consent THEN nothing is imported', async () => {
    const { res, body } = await submit('/admin/import', { name: `No consent ${uniqueId('n')}`, text: CSV });
    expect(res.status).toBe(400);
    expect(body).toContain('Confirm that these people agreed to be introduced');
  });

  it('GIVEN the form without its CSRF token THEN the import is refused', async () => {
    const form = new FormData();
    form.set('name', 'Forged');
    form.set('consent', 'yes');
    form.set('text', CSV);
    const res = await fetch(`${server.base}/admin/import`, {
      method: 'POST',
      headers: { cookie, origin: server.base },
      body: form,
    });
    expect(res.status).toBe(403);
  });

  it('GIVEN people who left or asked to be forgotten THEN they are skipped, not opted back in', async () => {
    const externalId = uniqueId('ext');
    const { rows } = await t.db.query<{ id: number }>(
      `INSERT INTO communities (platform, external_id, name) VALUES ('slack', $1, 'Workspace') RETURNING id`,
      [externalId],
    );
    const communityId = rows[0]!.id;
    await t.db.query(
      `INSERT INTO members (community_id, platform_user_id, status, consent_at, left_at) VALUES ($1, 'u1', 'left', now(), now())`,
      [communityId],
    );
    await t.db.query(
      // A ledger line from before hashes were keyed: still honoured.
      `INSERT INTO deletion_ledger (subject_hash, community_id, reason, keyed) VALUES ($1, $2, 'forget', false)`,
      [(await subjectHasher(t.db)).legacy({ platform: 'slack', externalId, userId: 'u2' }), communityId],
    );
    const { body } = await submit(`/admin/c/${communityId}/import`, { consent: 'yes', text: CSV });
    expect(body).toContain('1 member added and 0 updated');
    expect(body).toContain('<code>u1</code>: left the community');
    expect(body).toContain('<code>u2</code>: asked to be forgotten');
    const members = await membersOf(communityId);
    expect(members.map((m) => [m.userId, m.status])).toEqual([
      ['u1', 'left'],
      ['u3', 'active'],
    ]);
  });

  it('GIVEN a script with the bearer token THEN it can POST the file itself as text/csv or JSON', async () => {
    const communityName = `API ${uniqueId('a')}`;
    const csv = await server.get(`/admin/import?consent=yes&name=${encodeURIComponent(communityName)}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: CSV,
    });
    expect(csv.status).toBe(200);
    const created = (await csv.json()) as { communityId: number; created: number };
    expect(created.created).toBe(3);
    const json = await server.get(`/admin/c/${created.communityId}/import?consent=yes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ id: 'u9', name: 'Barbara', hobbies: ['chess'] }]),
    });
    expect(await json.json()).toMatchObject({ created: 1, updated: 0, skipped: [] });
    const bad = await server.get(`/admin/c/${created.communityId}/import?consent=yes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ id: 'u9' }, { id: 'u9' }]),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      message: 'members.json entry [1]: duplicate id "u9" (first at entry [0])',
    });
  });

  it('GIVEN an upload larger than the limit THEN it answers 413 without importing', async () => {
    const small = await startDashboard(t.db, { maxUploadBytes: 1024 });
    try {
      const res = await small.get('/admin/import?consent=yes&name=Big', {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: `id\n${'u'.repeat(2048)}\n`,
      });
      expect(res.status).toBe(413);
    } finally {
      await small.close();
    }
  });
});
