import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/roster/csv.ts';
import { parseHistoryFile } from '../../src/roster/parse-history-file.ts';
import { parseMembersFile } from '../../src/roster/parse-members-file.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';
import { startDashboard } from './support/dashboard-server.ts';
import type { DashboardServer } from './support/dashboard-server.ts';
import { seedCommunity } from './support/seed-community.ts';
import type { SeededCommunity } from './support/seed-community.ts';

describe.each(DRIVERS)('dashboard exports on %s', (driver) => {
  const t = useTestDb(driver);
  let server: DashboardServer;
  let seeded: SeededCommunity;
  beforeAll(async () => {
    seeded = await seedCommunity(t.db, {
      externalId: uniqueId('export'),
      members: 30,
      rounds: 4,
      hostileName: '=HYPERLINK("http://evil.example")',
    });
    server = await startDashboard(t.db);
  });
  afterAll(() => server?.close());

  const download = async (file: string) => {
    const res = await server.get(`/admin/c/${seeded.communityId}/export/${file}`);
    expect(res.status, file).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="kindred-\d+-/);
    return { res, text: await res.text() };
  };

  it('exports current members as CSV in the kindred match format, re-importable, formulas neutralised', async () => {
    const { res, text } = await download('members.csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const parsed = parseMembersFile(text, 'members.csv');
    if (!parsed.ok) throw new Error(parsed.message);
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM members WHERE community_id = $1 AND status <> 'left'`,
      [seeded.communityId],
    );
    expect(parsed.members).toHaveLength(rows[0]!.n);
    expect(parsed.members.find((m) => m.id === 'u1')?.name).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(parsed.members.every((m) => m.hobbies.length > 0)).toBe(true);
  });

  it('exports the same members as JSON', async () => {
    const { text } = await download('members.json');
    const parsed = parseMembersFile(text, 'members.json');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.members.length).toBeGreaterThan(20);
  });

  it('exports rounds as one record per intro, in CSV and JSON alike', async () => {
    const csv = parseCsv((await download('rounds.csv')).text);
    if (!csv.ok) throw new Error(csv.message);
    const [head, ...rows] = csv.rows;
    expect(head!.fields).toEqual([
      'round_id',
      'period',
      'round_status',
      'round_created_at',
      'intro_id',
      'size',
      'members',
      'shared_hobbies',
      'shared_volunteer',
      'why',
      'score',
      'status',
      'failure_reason',
      'created_at',
      'sent_at',
      'outcome',
    ]);
    expect(rows).toHaveLength(seeded.intros);
    const json = JSON.parse((await download('rounds.json')).text) as Array<Record<string, unknown>>;
    expect(json).toHaveLength(seeded.intros);
    expect(json[0]).toMatchObject({ round_id: seeded.roundIds[0], members: expect.any(Array) });
    expect(json.some((r) => r['failure_reason'] === 'dms_closed')).toBe(true);
  });

  it('exports outcomes as one record per answer', async () => {
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM feedback f JOIN intros i ON i.id = f.intro_id WHERE i.community_id = $1`,
      [seeded.communityId],
    );
    const csv = parseCsv((await download('outcomes.csv')).text);
    if (!csv.ok) throw new Error(csv.message);
    expect(csv.rows).toHaveLength(rows[0]!.n + 1);
    const json = JSON.parse((await download('outcomes.json')).text) as Array<Record<string, unknown>>;
    expect(json).toHaveLength(rows[0]!.n);
    expect(new Set(json.map((r) => r['kind']))).toEqual(new Set(['initial', 'checkin']));
  });

  it('exports history that kindred match accepts together with the members export', async () => {
    const members = parseMembersFile((await download('members.json')).text, 'members.json');
    if (!members.ok) throw new Error(members.message);
    const history = parseHistoryFile(
      (await download('history.json')).text,
      'history.json',
      new Set(members.members.map((m) => m.id)),
    );
    if (!history.ok) throw new Error(history.message);
    expect(history.history.length).toBeGreaterThan(10);
    expect(history.history.some((h) => h.feedback !== undefined)).toBe(true);
  });

  it('answers 404 for an export that does not exist', async () => {
    const res = await server.get(`/admin/c/${seeded.communityId}/export/secrets.csv`);
    expect(res.status).toBe(404);
  });
});
