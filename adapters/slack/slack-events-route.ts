import type { IncomingMessage } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { HttpServer } from '../../src/http/server.ts';
import { sendJson } from '../../src/http/server.ts';
import type { Logger } from '../../src/log.ts';
import { slackBodyProblem } from './slack-body-shape.ts';

/** Slack's replay window: a request signed more than 5 minutes away from now is refused. */
const MAX_SKEW_SECONDS = 5 * 60;
/** Bolt's own default body limit; nothing Slack sends comes near it. */
export const SLACK_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * Mounts Bolt's receiver at `POST /slack/events` on Kindred's own HTTP server. Bolt checks
 * the signature and refuses timestamps older than 5 minutes, but accepts any timestamp in
 * the future: a signed request stamped ahead of time could be replayed until that time
 * plus 5 minutes. Those are refused here, before Bolt reads the body. The body is read
 * here too, so that one Slack would never send is a 400 instead of a crash inside Bolt;
 * Bolt reuses the buffered body (`rawBody`).
 */
export function mountSlackEvents(
  http: HttpServer,
  receiver: () => HTTPReceiver | undefined,
  log: Logger,
  now: () => number = Date.now,
): void {
  http.route('POST', '/slack/events', async (req, res) => {
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
    const raw = await readLimited(req, SLACK_BODY_LIMIT);
    if (raw === undefined) {
      log.warn({ limit: SLACK_BODY_LIMIT }, 'slack: request body too large');
      sendJson(res, 413, { error: 'body_too_large' });
      return;
    }
    const problem = slackBodyProblem(req.headers['content-type'], raw.toString('utf8'));
    if (problem) {
      log.warn({ problem, bytes: raw.length }, 'slack: malformed request refused');
      sendJson(res, 400, { error: 'malformed_body' });
      return;
    }
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
    current.requestListener(req, res);
  });
}

/** The whole body, or undefined once it passes `limit` bytes (the rest is read and dropped). */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    req.on('error', reject);
  });
}
