import type { HTTPReceiver } from '@slack/bolt';
import type { HttpServer } from '../../src/http/server.ts';
import type { Logger } from '../../src/log.ts';

/** Slack's replay window: a request signed more than 5 minutes away from now is refused. */
const MAX_SKEW_SECONDS = 5 * 60;

/**
 * Mounts Bolt's receiver at `POST /slack/events` on Kindred's own HTTP server. Bolt checks
 * the signature and refuses timestamps older than 5 minutes, but accepts any timestamp in
 * the future: a signed request stamped ahead of time could be replayed until that time
 * plus 5 minutes. Those are refused here, before Bolt reads the body.
 */
export function mountSlackEvents(
  http: HttpServer,
  receiver: () => HTTPReceiver | undefined,
  log: Logger,
  now: () => number = Date.now,
): void {
  http.route('POST', '/slack/events', (req, res) => {
    const current = receiver();
    if (!current) {
      // Before start() or after stop(): Slack retries a 503 later.
      req.resume();
      res.writeHead(503, { 'retry-after': '5' }).end();
      return;
    }
    const stamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(stamp) && stamp - Math.floor(now() / 1000) > MAX_SKEW_SECONDS) {
      log.warn(
        { skewSeconds: stamp - Math.floor(now() / 1000) },
        'slack: request timestamp is in the future',
      );
      req.resume();
      res.writeHead(401).end();
      return;
    }
    current.requestListener(req, res);
  });
}
