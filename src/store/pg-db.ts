import pg from 'pg';
import type { Db, Queryable, QueryResult } from './db.ts';
import { PG_TYPES } from './db.ts';

// pg returns int8 (count(*), bigserial) and numeric as strings so as not to lose
// precision; Kindred's ids and counts stay far below 2^53, and PGlite gives numbers.
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === PG_TYPES.int8 || oid === PG_TYPES.numeric) return (value: string) => Number(value);
    if (oid === PG_TYPES.int8Array) {
      // Array types have no name in pg's TypeId enum, but pg-types parses them by oid.
      const arrayOid = oid as unknown as Parameters<typeof pg.types.getTypeParser>[0];
      const parseArray = pg.types.getTypeParser(arrayOid, 'text') as (value: string) => (string | null)[];
      return (value: string) => parseArray(value).map((item) => (item === null ? null : Number(item)));
    }
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await client.query({ text: sql, values: params as unknown[], types });
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
  };
}

/** A `Db` over a pg Pool. */
export function createPgDb(
  connectionString: string,
  options: { max?: number; onError?: (err: Error) => void } = {},
): Db {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle client whose server went away emits 'error' on the pool; unhandled, it kills
  // the process. The next query gets a fresh connection instead.
  pool.on('error', (err) => options.onError?.(err));
  const base = wrap(pool);
  return {
    driver: 'pg',
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client is off the pool's 'error' listener: if the server goes away
      // while this transaction waits between statements (delivery holds one open across a
      // platform call), pg emits 'error' on the client and, unheard, it ends the process.
      let broken = false;
      const onError = (err: Error) => {
        broken = true;
        options.onError?.(err);
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw err;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
