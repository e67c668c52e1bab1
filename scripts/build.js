#!/usr/bin/env node
// `npm run build` (and `npm install`, through `prepare`): compiles src/ and adapters/ into
// dist/ with source maps, copies the files the code reads beside itself (the dashboard's
// stylesheet), then dumps a migrated embedded database that a first start loads instead of
// running initdb. `--skip-seed` leaves the dump out (the test setup makes its own).
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
for (const asset of ['src/http/dashboard/dashboard.css']) {
  cpSync(`${root}/${asset}`, `${root}/dist/${asset}`);
}
if (!process.argv.includes('--skip-seed')) {
  const { writePgliteSeed, SEED_FILE } = await import('../dist/src/store/pglite-seed.js');
  await writePgliteSeed(SEED_FILE);
  console.log(`built dist/ and ${SEED_FILE}`);
}
