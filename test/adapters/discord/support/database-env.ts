import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createPgliteDb } from '../../../../src/store/pglite-db.ts';
import { createTestDb, type Driver } from '../../../support/test-db.ts';

/**
 * A database for `startKindred`: a copy of the migrated template on pg; for PGlite a data
 * directory loaded from the run's migrated dump (a fresh initdb costs 10-20 s on a busy box).
 */
export async function databaseEnv(
  driver: Driver,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (driver === 'pg') {
    const test = await createTestDb('pg');
    return { env: { DATABASE_URL: test.url ?? '' }, drop: () => test.drop() };
  }
  const dir = await mkdtemp(join(tmpdir(), 'kindred-discord-'));
  const seeded = await createPgliteDb(dir, { loadDataDir: new Blob([await readFile(inject('pgliteDump'))]) });
  await seeded.close();
  return { env: { KINDRED_DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
}
