import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hook = new URL('../support/trace-imports-hook.mjs', import.meta.url).href;
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kindred-imports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built `kindred` with `args` and returns every module URL it resolved. */
async function importsOf(name: string, args: string[], env: Record<string, string> = {}): Promise<string[]> {
  const trace = join(dir, `${name}.txt`);
  writeFileSync(trace, '');
  const register = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(hook)})`;
  await run(process.execPath, ['--import', register, 'bin/kindred.js', ...args], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', KINDRED_TRACE_IMPORTS: trace, ...env },
  }).catch((err: { code?: number }) => {
    if (typeof err.code !== 'number') throw err;
  });
  return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
}

const HEAVY = [
  /node_modules\/@slack\//,
  /node_modules\/discord\.js\//,
  /node_modules\/@electric-sql\/pglite\//,
  /node_modules\/pg\//,
  /node_modules\/pino\//,
  /\/dist\/src\/http\//,
  /\/dist\/src\/store\//,
  /\/dist\/adapters\/(slack|discord)\//,
];

describe('kindred loads only what a command uses', () => {
  it('GIVEN --help THEN no database, HTTP server, logger or platform SDK is loaded', async () => {
    const urls = await importsOf('help', ['--help']);
    expect(urls.some((u) => u.endsWith('/dist/src/cli.js'))).toBe(true);
    for (const heavy of HEAVY) expect(urls.filter((u) => heavy.test(u))).toEqual([]);
  }, 30_000);

  it('GIVEN match THEN it loads the matcher but no database or platform SDK', async () => {
    const members = join(dir, 'members.json');
    writeFileSync(
      members,
      JSON.stringify([
        { id: 'u1', hobbies: ['chess'] },
        { id: 'u2', hobbies: ['chess'] },
      ]),
    );
    const urls = await importsOf('match', ['match', '--members', members]);
    expect(urls.some((u) => u.includes('/dist/src/matching/'))).toBe(true);
    for (const heavy of HEAVY) expect(urls.filter((u) => heavy.test(u))).toEqual([]);
  }, 30_000);

  it('GIVEN serve with no platform credentials THEN neither Bolt nor discord.js is loaded', async () => {
    // A database that refuses connections: serve gets as far as opening it, then stops.
    const urls = await importsOf('serve', ['serve'], {
      DATABASE_URL: 'postgres://kindred@127.0.0.1:1/kindred',
    });
    expect(urls.some((u) => u.endsWith('/dist/src/main.js'))).toBe(true);
    expect(urls.filter((u) => /@slack\/|discord\.js/.test(u))).toEqual([]);
  }, 30_000);
});
