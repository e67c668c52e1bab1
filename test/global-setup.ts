import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate, readMigrations } from '../src/store/migrate.ts';
import { createPgDb } from '../src/store/pg-db.ts';
import { readPgliteSeed, writePgliteSeed } from '../src/store/pglite-seed.ts';
import { withDatabase } from './support/database-url.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    pgTemplate: string | null;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

/**
 * The compiled code that `kindred serve` runs (tests spawn bin/kindred.js): an incremental
 * build, a few seconds when little changed. A type error is reported by `npm run typecheck`;
 * here it must not stop the tests that do not spawn the binary.
 */
async function buildDist(): Promise<void> {
  await run(process.execPath, ['scripts/build.js', '--skip-seed'], { cwd: root }).catch(
    (err: { stdout?: string; stderr?: string }) => {
      process.stderr.write(`the build reported problems:\n${err.stdout ?? ''}${err.stderr ?? String(err)}\n`);
    },
  );
}

/**
 * A migrated PGlite data directory dumped to a file (loading it is several times faster
 * than a cold PGlite start). Kept in the temp directory between runs, keyed by the
 * migrations it holds: a changed or added migration makes a new one.
 */
async function pgliteDump(): Promise<string> {
  const migrations = await readMigrations();
  const key = createHash('sha256')
    .update(migrations.map((m) => `${m.version}:${m.name}:${m.sql}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const dumpPath = join(tmpdir(), `kindred-pglite-${key}.tar`);
  if (!(await readPgliteSeed(dumpPath, migrations))) {
    const fresh = `${dumpPath}.${randomBytes(4).toString('hex')}`;
    await writePgliteSeed(fresh, { compression: 'none', migrations });
    // Written aside and renamed, so a run that starts meanwhile never reads half a file.
    await copyFile(`${fresh}.json`, `${dumpPath}.json.tmp`);
    await rename(fresh, dumpPath);
    await rename(`${dumpPath}.json.tmp`, `${dumpPath}.json`);
    await rm(`${fresh}.json`, { force: true });
  }
  return dumpPath;
}

/** The build's seed for a first start, made from the same dump when dist/ has none that fits. */
async function seedDist(dumpPath: string): Promise<void> {
  const seed = join(root, 'dist', 'pglite-seed.tgz');
  if (await readPgliteSeed(seed)) return;
  await writeFile(seed, gzipSync(await readFile(dumpPath)));
  await copyFile(`${dumpPath}.json`, `${seed}.json`);
}

/**
 * Once per run: the compiled build, the PGlite dump, and, when DATABASE_URL is set, a
 * migrated template database on PostgreSQL that each test database is copied from.
 */
export default async function setup(project: TestProject) {
  const [dumpPath] = await Promise.all([pgliteDump(), buildDist()]);
  await seedDist(dumpPath);
  project.provide('pgliteDump', dumpPath);

  const url = process.env['DATABASE_URL'];
  const template = url ? `kindred_tmpl_${randomBytes(4).toString('hex')}` : null;
  if (url && template) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const db = createPgDb(withDatabase(url, template));
    await migrate(db);
    await db.close();
  }
  project.provide('pgTemplate', template);

  return async () => {
    if (url && template) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    }
  };
}
