import type { Db } from './db.ts';
import { createPgDb } from './pg-db.ts';
import { createPgliteDb } from './pglite-db.ts';
import { secureDataDir } from './secure-data-dir.ts';

/** PostgreSQL when a URL is given, else embedded PGlite under `dataDir`. */
export async function openDb(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  onError?: (err: Error) => void;
}): Promise<Db> {
  if (options.databaseUrl) return createPgDb(options.databaseUrl, { onError: options.onError });
  const dataDir = options.dataDir;
  return dataDir ? secureDataDir(dataDir, () => createPgliteDb(dataDir)) : createPgliteDb(undefined);
}
