import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations, migrate } from '../../src/store/migrate.ts';
import { createPgDb } from '../../src/store/pg-db.ts';
import { withDatabase } from '../support/database-url.ts';
import { DRIVERS, createTestDb } from '../support/test-db.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe.each(DRIVERS)('migrations on %s', (driver) => {
  it('records every migration once and applies nothing on a second run', async () => {
    const { db, drop } = await createTestDb(driver);
    try {
      const all = await readMigrations();
      expect(await migrate(db)).toEqual([]);
      const { rows } = await db.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(all.map((m) => m.version));
    } finally {
      await drop();
    }
  });

  it('returns numbers, dates and parsed jsonb the same on both drivers', async () => {
    const { db, drop } = await createTestDb(driver);
    try {
      const { rows } = await db.query(
        `SELECT count(*) AS n, 9007199254740991::bigint AS big, 1.25::numeric AS num,
                '2026-11-26T10:00:00Z'::timestamptz AS at, '{"a":[1]}'::jsonb AS j, ARRAY['x','y']::text[] AS arr,
                ARRAY[1, 2]::bigint[] AS ids`,
      );
      expect(rows[0]).toEqual({
        n: 1,
        big: 9007199254740991,
        num: 1.25,
        at: new Date('2026-11-26T10:00:00Z'),
        j: { a: [1] },
        arr: ['x', 'y'],
        ids: [1, 2],
      });
    } finally {
      await drop();
    }
  });

  it('rolls a transaction back when its function throws', async () => {
    const { db, drop } = await createTestDb(driver);
    try {
      await expect(
        db.transaction(async (tx) => {
          await tx.query(`INSERT INTO communities (platform, external_id) VALUES ('slack', 'T1')`);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const { rowCount } = await db.query('SELECT 1 FROM communities');
      expect(rowCount).toBe(0);
    } finally {
      await drop();
    }
  });
});

describe.runIf(process.env['DATABASE_URL'])('two migrate processes at once on PostgreSQL', () => {
  const server = process.env['DATABASE_URL'] ?? '';
  const name = `kindred_race_${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  const runMigrate = (url: string) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['bin/kindred.js', 'migrate'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', (code) => resolve({ code, out }));
    });

  it('both exit 0 and the migrations are applied exactly once', async () => {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = withDatabase(server, name);
    const [a, b] = await Promise.all([runMigrate(url), runMigrate(url)]);
    expect(a.code, a.out).toBe(0);
    expect(b.code, b.out).toBe(0);
    const db = createPgDb(url);
    try {
      const { rows } = await db.query<{ version: number; n: number }>(
        'SELECT version, count(*) OVER (PARTITION BY version) AS n FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual((await readMigrations()).map((m) => m.version));
      expect(rows.every((r) => r.n === 1)).toBe(true);
      // Each migration is applied under the lock by whichever process gets there first: between
      // them the two report every version once.
      const reported = [a.out, b.out].flatMap((o) =>
        (/applied migrations ([\d, ]+)/.exec(o)?.[1] ?? '').split(',').filter(Boolean).map(Number),
      );
      expect(reported.sort((x, y) => x - y)).toEqual((await readMigrations()).map((m) => m.version));
    } finally {
      await db.close();
    }
  }, 60_000);
});
