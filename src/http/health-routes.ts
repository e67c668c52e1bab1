import { deliveryProgress } from '../rounds/delivery/delivery-progress.ts';
import type { Db } from '../store/db.ts';
import type { Metrics } from './metrics.ts';
import type { HttpServer } from './server.ts';
import { sendJson, sendText } from './server.ts';

const READY_TIMEOUT_MS = 2_000;

/** `/healthz` (the process lives), `/readyz` (the database answers), `/metrics`. */
export function mountHealthRoutes(http: HttpServer, deps: { db: Db; metrics: Metrics }): void {
  http.route('GET', '/healthz', (_req, res) => sendJson(res, 200, { status: 'ok' }));

  http.route('GET', '/readyz', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database did not answer in time')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([deps.db.query('SELECT 1'), timeout]);
      sendJson(res, 200, { status: 'ready', database: deps.db.driver });
    } catch (err) {
      sendJson(res, 503, { status: 'unavailable', database: deps.db.driver, error: (err as Error).message });
    } finally {
      clearTimeout(timer);
    }
  });

  http.route('GET', '/metrics', async (_req, res) => {
    // Counted at scrape time rather than on every worker poll, off the delivery hot path;
    // a database that does not answer leaves the last value.
    await deps.db
      .query<{ n: number }>(`SELECT count(*) AS n FROM outbox WHERE status IN ('pending', 'sending')`)
      .then(({ rows }) => deps.metrics.outboxPending.set(rows[0]?.n ?? 0))
      .catch(() => {});
    await deliveryProgress(deps.db, new Date())
      .then((progress) => {
        deps.metrics.deliveryRemaining.reset();
        deps.metrics.deliveryEtaSeconds.reset();
        for (const [community, p] of progress) {
          if (p.remaining === 0) continue;
          deps.metrics.deliveryRemaining.set({ community: String(community) }, p.remaining);
          if (p.etaMs !== undefined)
            deps.metrics.deliveryEtaSeconds.set({ community: String(community) }, Math.round(p.etaMs / 1000));
        }
      })
      .catch(() => {});
    sendText(res, 200, await deps.metrics.registry.metrics(), deps.metrics.registry.contentType);
  });
}
