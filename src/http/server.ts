import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

/** Routes by exact path (method + path) or by prefix (path ending in `/*`). */
export interface HttpServer {
  route(method: string, path: string, handler: Handler): void;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
  readonly server: Server;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

export function sendText(
  res: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, { 'content-type': type }).end(body);
}

/**
 * The request-target as a URL, or undefined when it is not one: `new URL` throws on
 * targets like `//x:99999`, `//[` or `/\\x:1`, and a throw in the request listener
 * would end the process.
 */
export function parseTarget(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? '/', 'http://kindred.local');
  } catch {
    return undefined;
  }
}

/** One node:http server for health, metrics, the dashboard and Slack's events endpoint. */
export function createHttpServer(log: Logger): HttpServer {
  const routes = new Map<string, Handler>();
  const prefixes: [string, Handler][] = [];

  const dispatch = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = parseTarget(req.url);
    if (!url) {
      // Node's parser accepts request-targets such as `//x:99999` that URL refuses.
      log.warn({ method: req.method, targetLength: req.url?.length ?? 0 }, 'http: unparsable request target');
      req.resume();
      sendJson(res, 400, { error: 'bad_request_target' });
      return;
    }
    const key = `${req.method} ${url.pathname}`;
    const handler = routes.get(key) ?? prefixes.find(([prefix]) => key.startsWith(prefix))?.[1];
    if (!handler) {
      const pathKnown = [...routes.keys()].some((k) => k.endsWith(` ${url.pathname}`));
      req.resume();
      sendJson(res, pathKnown ? 405 : 404, { error: pathKnown ? 'method_not_allowed' : 'not_found' });
      return;
    }
    try {
      await handler(req, res, url);
    } catch (err) {
      log.error({ err, path: url.pathname }, 'http handler failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal_error' });
      else res.end();
    }
  };
  // Every failure of a request is answered here: nothing a client sends may end the process.
  const server = createServer((req, res) => void dispatch(req, res));
  // Slack gives a request 3 s; keep-alive sockets from proxies must not hold shutdown.
  server.keepAliveTimeout = 5_000;

  return {
    server,
    route(method, path, handler) {
      if (path.endsWith('/*')) prefixes.push([`${method} ${path.slice(0, -1)}`, handler]);
      else routes.set(`${method} ${path}`, handler);
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
