import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Db } from '../../src/store/db.ts';
import { createPgDb } from '../../src/store/pg-db.ts';
import { createPgliteDb } from '../../src/store/pglite-db.ts';
import { withDatabase } from './database-url.ts';

export type Driver = 'pglite' | 'pg';

/** The drivers the store suite runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const DRIVERS: Driver[] = process.env['DATABASE_URL'] ? ['pglite', 'pg'] : ['pglite'];

export interface TestDb {
  db: Db;
  /** For pg: the connection string of this test's own database. */
  url: string | undefined;
  drop(): Promise<void>;
}

/** A freshly migrated database of its own: a PGlite loaded from the dump, or a copy of the template. */
export async function createTestDb(driver: Driver): Promise<TestDb> {
  if (driver === 'pglite') {
    const dump = await readFile(inject('pgliteDump'));
    const db = await createPgliteDb(undefined, { loadDataDir: new Blob([dump]) });
    return { db, url: undefined, drop: () => db.close() };
  }
  const server = process.env['DATABASE_URL'];
  const template = inject('pgTemplate');
  if (!server || !template) throw new Error('pg test databases need DATABASE_URL');
  const name = `kindred_test_${randomBytes(5).toString('hex')}`;
  await adminQuery(server, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(server, name);
  const db = createPgDb(url);
  return {
    db,
    url,
    async drop() {
      await db.close();
      await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * One database for a whole describe block (a PGlite start costs seconds); tests keep
 * apart by using communities of their own (see `uniqueId`).
 */
export function useTestDb(driver: Driver): { readonly db: Db; readonly url: string | undefined } {
  let current: TestDb | undefined;
  beforeAll(async () => {
    current = await createTestDb(driver);
  });
  afterAll(async () => {
    await current?.drop();
  });
  return {
    get db() {
      if (!current) throw new Error('useTestDb: the database is not ready (use it inside a test)');
      return current.db;
    },
    get url() {
      return current?.url;
    },
  };
}

let counter = 0;
/** An id no other test in this process uses, for community and user ids. */
export const uniqueId = (prefix: string): string => `${prefix}${process.pid}x${++counter}`;
