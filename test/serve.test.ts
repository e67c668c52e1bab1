import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServe } from './support/start-serve.ts';

describe('kindred serve', () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'kindred-serve-')), 'data');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves /healthz on the embedded database, says how to connect a platform, and exits 0 on SIGTERM', async () => {
    const started = Date.now();
    const serve = startServe({ KINDRED_DATA_DIR: dataDir });
    const port = await serve.listening;
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    const elapsed = Date.now() - started;
    expect(health.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'pglite' });
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(serve.output()).toContain('no chat platform is connected yet');
    expect(serve.output()).toContain('SLACK_BOT_TOKEN');
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(elapsed).toBeLessThan(60_000);
  }, 90_000);

  it('reuses the embedded database on a second start', async () => {
    const serve = startServe({ KINDRED_DATA_DIR: dataDir });
    await serve.listening;
    expect(serve.output()).not.toContain('migrations applied');
    serve.child.kill('SIGINT');
    expect(await serve.exited).toBe(0);
  }, 90_000);

  it('GIVEN PORT=abc THEN it exits non-zero naming PORT', async () => {
    const serve = startServe({ KINDRED_DATA_DIR: dataDir, PORT: 'abc' });
    expect(await serve.exited).not.toBe(0);
    expect(serve.output()).toMatch(/PORT="abc": expected a port number/);
  }, 60_000);
});
