import pg from 'pg';
import type { Db, Queryable, QueryResult } from '../../../src/store/db.ts';

// Same numbers as the store's pg Db: ids and counts as numbers.
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
  async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
    const result = await client.query({ text: sql, values: params as unknown[], types });
    return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
  },
  async exec(sql: string) {
    await client.query(sql);
  },
});

/**
 * A pg `Db` like the store's, except that a client checked out for a transaction listens
 * for 'error'. When the server goes away while a transaction waits between statements
 * (a delivery holds one open across a platform call), pg emits 'error' on that client;
 * the store's `createPgDb` only listens on idle clients, so the event is uncaught and
 * ends the process. Reported to the store's owner; this test uses the fixed behaviour.
 */
export function listeningPgDb(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {});
  const base = wrap(pool);
  return {
    driver: 'pg',
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      let broken = false;
      const onError = () => {
        broken = true;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw err;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
