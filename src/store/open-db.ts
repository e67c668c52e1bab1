import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log.ts';
import type { Db } from './db.ts';

/**
 * PostgreSQL when a URL is given, else embedded PGlite under `dataDir`. Only the chosen
 * driver is imported. A new embedded database starts from the seed dump made at build time
 * when there is one, instead of running initdb.
 */
export async function openDb(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  onError?: (err: Error) => void;
  log?: Logger;
  /** The build's seed dump; tests point it elsewhere. */
  seedFile?: string;
}): Promise<Db> {
  if (options.databaseUrl) {
    const { createPgDb } = await import('./pg-db.ts');
    return createPgDb(options.databaseUrl, { onError: options.onError });
  }
  const { createPgliteDb } = await import('./pglite-db.ts');
  const { dataDir } = options;
  if (!dataDir) return createPgliteDb(undefined);
  const { secureDataDir } = await import('./secure-data-dir.ts');
  return secureDataDir(dataDir, async () => {
    if (existsSync(join(dataDir, 'PG_VERSION'))) return createPgliteDb(dataDir);
    const { readPgliteSeed } = await import('./pglite-seed.ts');
    const seed = await readPgliteSeed(options.seedFile);
    options.log?.info(
      { dataDir, fromSeed: seed !== undefined },
      `creating the embedded database in ${dataDir}, the first start takes a few seconds`,
    );
    return createPgliteDb(dataDir, seed ? { loadDataDir: seed } : {});
  });
}
