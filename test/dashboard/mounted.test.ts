import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { startKindred } from '../../src/main.ts';

describe('the dashboard in kindred serve', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kindred-dashboard-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('GIVEN npm start without ADMIN_TOKEN THEN /admin is served, off, and says how to turn it on', async () => {
    const kindred = await startKindred({
      config: loadConfig({ PORT: '0', HOST: '127.0.0.1', KINDRED_DATA_DIR: dataDir }),
      log: silentLogger(),
    });
    try {
      const res = await fetch(`http://127.0.0.1:${kindred.port}/admin`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain(
        'ADMIN_TOKEN</code> (16+ characters) in <code>.env</code> and restart',
      );
      expect((await fetch(`http://127.0.0.1:${kindred.port}/healthz`)).status).toBe(200);
    } finally {
      await kindred.stop();
    }
  }, 60_000);
});
