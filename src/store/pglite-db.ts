import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, QueryResult } from './db.ts';
import { PG_TYPES } from './db.ts';

const parsers = {
  [PG_TYPES.int8]: (value: string) => Number(value),
  [PG_TYPES.numeric]: (value: string) => Number(value),
};

interface PgliteLike {
  query<T>(sql: string, params?: unknown[], options?: object): Promise<{ rows: T[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
}

function wrap(target: PgliteLike): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(sql, params as unknown[], { parsers });
      // PGlite reports affectedRows = 0 for a SELECT; pg counts the rows it returned.
      return { rows: result.rows, rowCount: Math.max(result.affectedRows ?? 0, result.rows.length) };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/** Wraps an open PGlite instance as a `Db`; closing the Db closes the instance. */
export function pgliteDb(instance: PGlite): Db {
  const base = wrap(instance as unknown as PgliteLike);
  return {
    driver: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => instance.transaction((tx) => fn(wrap(tx as unknown as PgliteLike))),
    async close() {
      await instance.close();
    },
  };
}

/**
 * A `Db` on embedded PGlite (PostgreSQL compiled to WebAssembly): one connection, so
 * transactions are serialised by PGlite itself. `dataDir` undefined means in memory;
 * `loadDataDir` starts from a dump (tests use a migrated one).
 */
export async function createPgliteDb(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob } = {},
): Promise<Db> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  return pgliteDb(await PGlite.create(dataDir, { parsers, ...options }));
}
