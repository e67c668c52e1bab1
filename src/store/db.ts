/** A row as the database returns it, before validation. */
export type Row = Record<string, unknown>;

export interface QueryResult<T = Row> {
  rows: T[];
  rowCount: number;
}

/** What a transaction and the pool both offer. */
export interface Queryable {
  /** One statement with $1-style parameters. */
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The store's port: PostgreSQL through `pg`, or embedded PGlite. Both drivers return the
 * same JavaScript types: int8 and numeric as number, timestamptz as Date, jsonb parsed.
 */
export interface Db extends Queryable {
  readonly driver: 'pg' | 'pglite';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL type ids whose text form both drivers parse the same way. */
export const PG_TYPES = { int8: 20, numeric: 1700, int8Array: 1016 } as const;
