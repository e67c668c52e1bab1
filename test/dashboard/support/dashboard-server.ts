import { createHttpServer } from '../../../src/http/server.ts';
import { mountDashboard } from '../../../src/http/dashboard/mount-dashboard.ts';
import type { DashboardDeps } from '../../../src/http/dashboard/dashboard-deps.ts';
import { silentLogger } from '../../../src/log.ts';
import type { Db } from '../../../src/store/db.ts';

export const TOKEN = 'test-admin-token-0123456789';

export interface DashboardServer {
  base: string;
  /** fetch with `Authorization: Bearer TOKEN` unless headers say otherwise. */
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** The dashboard mounted on a real HTTP server at a free loopback port. */
export async function startDashboard(
  db: Db,
  overrides: Partial<DashboardDeps> = {},
): Promise<DashboardServer> {
  const log = silentLogger();
  const http = createHttpServer(log);
  mountDashboard(http, {
    db,
    config: { adminToken: TOKEN },
    log,
    clock: () => new Date('2026-11-21T09:00:00Z'),
    ...overrides,
  });
  const port = await http.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    get: (path, init = {}) =>
      fetch(`${base}${path}`, {
        redirect: 'manual',
        ...init,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          ...(init.headers as Record<string, string> | undefined),
        },
      }),
    close: () => http.close(),
  };
}
