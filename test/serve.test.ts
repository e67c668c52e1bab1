import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
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
    expect(serve.output()).toContain(`creating the embedded database in ${dataDir}`);
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(elapsed).toBeLessThan(60_000);
    // pino's base fields and a child's bindings are joined as text: one key twice is legal JSON.
    for (const line of serve
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))) {
      expect(line.match(/"service":/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
      expect(line.match(/"component":/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
    }
  }, 90_000);

  it('reuses the embedded database on a second start', async () => {
    const serve = startServe({ KINDRED_DATA_DIR: dataDir });
    await serve.listening;
    expect(serve.output()).not.toContain('migrations applied');
    expect(serve.output()).not.toContain('creating the embedded database');
    serve.child.kill('SIGINT');
    expect(await serve.exited).toBe(0);
  }, 90_000);

  it('GIVEN PORT=abc THEN it exits non-zero naming PORT', async () => {
    const serve = startServe({ KINDRED_DATA_DIR: dataDir, PORT: 'abc' });
    expect(await serve.exited).not.toBe(0);
    expect(serve.output()).toMatch(/PORT="abc": expected a port number/);
  }, 60_000);

  it('GIVEN a bad ADMIN_TOKEN THEN it names the variable without echoing its value', async () => {
    const serve = startServe({ KINDRED_DATA_DIR: dataDir, ADMIN_TOKEN: 'short-s3cret' });
    expect(await serve.exited).not.toBe(0);
    expect(serve.output()).toContain('ADMIN_TOKEN (value not shown): expected at least 16 characters');
    expect(serve.output()).not.toContain('short-s3cret');
  }, 60_000);

  it('GIVEN the port is taken THEN it says so and how to fix it, without a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const serve = startServe({ KINDRED_DATA_DIR: dataDir, PORT: String(port) });
      expect(await serve.exited).toBe(1);
      expect(serve.output()).toContain(`port ${port} is in use`);
      expect(serve.output()).toContain('set PORT');
      expect(serve.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('GIVEN `npm start` THEN a SIGTERM to npm stops the server and frees its port', async () => {
    const serve = startServe({ KINDRED_DATA_DIR: dataDir }, ['npm', 'start']);
    const port = await serve.listening;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    serve.child.kill('SIGTERM');
    await serve.exited;
    // The server is npm's own child: it must stop too, not live on as an orphan holding the port.
    const deadline = Date.now() + 20_000;
    let stillUp = true;
    while (stillUp && Date.now() < deadline) {
      stillUp = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => true,
        () => false,
      );
      if (stillUp) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(stillUp).toBe(false);
  }, 90_000);
});
