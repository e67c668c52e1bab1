import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { z } from 'zod';
import type { Migration } from './migrate.ts';
import { migrate, readMigrations } from './migrate.ts';
import { pgliteDb } from './pglite-db.ts';

/**
 * A migrated PGlite data directory, dumped at build time (`npm run build` writes it into
 * dist/). A first start loads it instead of running initdb, which is several times slower
 * and peaks at more than twice the memory.
 */
export const SEED_FILE = fileURLToPath(new URL('../../pglite-seed.tgz', import.meta.url));

const manifestSchema = z.object({ migrations: z.array(z.string()) });

const fingerprint = (migrations: Migration[]) =>
  migrations.map((m) => `${m.version}:${m.name}:${createHash('sha256').update(m.sql).digest('hex')}`);

const manifestPath = (file: string) => `${file}.json`;

/** Creates a migrated cluster in memory and writes its dump to `file` (and what it holds beside it). */
export async function writePgliteSeed(
  file: string = SEED_FILE,
  options: { compression?: 'gzip' | 'none'; migrations?: Migration[] } = {},
): Promise<void> {
  const migrations = options.migrations ?? (await readMigrations());
  const lite = await PGlite.create();
  try {
    await migrate(pgliteDb(lite), migrations);
    const dump = await lite.dumpDataDir(options.compression ?? 'gzip');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    await writeFile(manifestPath(file), JSON.stringify({ migrations: fingerprint(migrations) }));
  } finally {
    await lite.close();
  }
}

/**
 * The seed at `file`, when it exists and its migrations are the first of `migrations`
 * unchanged (a seed from an older build is still a good start: `migrate` adds the rest;
 * one whose migrations were edited or renumbered since is not used).
 */
export async function readPgliteSeed(
  file: string = SEED_FILE,
  migrations?: Migration[],
): Promise<Blob | undefined> {
  if (!existsSync(file) || !existsSync(manifestPath(file))) return undefined;
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(manifestPath(file), 'utf8')));
  if (!parsed.success) return undefined;
  const current = fingerprint(migrations ?? (await readMigrations()));
  const seeded = parsed.data.migrations;
  if (seeded.length > current.length || seeded.some((entry, i) => entry !== current[i])) return undefined;
  return new Blob([await readFile(file)]);
}
