import { afterEach, describe, expect, it } from 'vitest';
import { mountHealthRoutes } from '../../src/http/health-routes.ts';
import { createMetrics } from '../../src/http/metrics.ts';
import type { HttpServer } from '../../src/http/server.ts';
import { createHttpServer } from '../../src/http/server.ts';
import { silentLogger } from '../../src/log.ts';
import type { Db } from '../../src/store/db.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';

let http: HttpServer | undefined;
afterEach(async () => {
  await http?.close();
  http = undefined;
});

async function serve(db: Db): Promise<string> {
  http = createHttpServer(silentLogger());
  mountHealthRoutes(http, { db, metrics: createMetrics({ defaults: false }) });
  return `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
}

describe.each(DRIVERS)('health routes on %s', (driver) => {
  const store = useTestDb(driver);

  it('is ready while the database answers and counts waiting deliveries in /metrics', async () => {
    const community = await store.db.query<{ id: number }>(
      `INSERT INTO communities (platform, external_id) VALUES ('slack', $1) RETURNING id`,
      [uniqueId('T')],
    );
    const member = await store.db.query<{ id: number }>(
      `INSERT INTO members (community_id, platform_user_id, consent_at) VALUES ($1, 'U1', now()) RETURNING id`,
      [community.rows[0]!.id],
    );
    await store.db.query(
      `INSERT INTO outbox (community_id, member_id, kind, dedupe_key) VALUES ($1, $2, 'notice', $3)`,
      [community.rows[0]!.id, member.rows[0]!.id, uniqueId('notice:')],
    );
    const base = await serve(store.db);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready', database: driver });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^kindred_outbox_pending [1-9]\d*$/m);
  });
});

describe('health routes without a database', () => {
  const gone: Db = {
    driver: 'pg',
    query: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
    exec: () => Promise.reject(new Error('unreachable')),
    transaction: () => Promise.reject(new Error('unreachable')),
    close: async () => {},
  };

  it('GIVEN the database went away THEN /readyz is 503 with the reason and /healthz stays 200', async () => {
    const base = await serve(gone);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'unavailable',
      error: expect.stringContaining('ECONNREFUSED'),
    });
    expect((await fetch(`${base}/metrics`)).status).toBe(200);
  });

  it('answers an unknown path with 404 and a wrong method with 405', async () => {
    const base = await serve(gone);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});
