import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { ApiError } from './api-error.ts';
import { faultResponse, type FaultQueue } from './faults.ts';
import type { RecordedRequest } from './request-log.ts';
import { findRoute, type RestDeps, type Route } from './route.ts';

export interface RestServerOptions {
  deps: RestDeps;
  routes: readonly Route[];
  faults: FaultQueue;
  token: string;
  /** Called when a request is recorded and again when it is answered. */
  onRecorded(request: RecordedRequest, stage: 'received' | 'answered'): void;
}

const API_PREFIX = '/api/v10/';
const INVALID_JSON = Symbol('invalid JSON');

/** Serves `/api/v10/...`: authenticates, applies injected faults, routes, and records every call. */
export function createRestHandler(
  options: RestServerOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void handle(options, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { message: '500: Internal Server Error', code: 0 }, {});
      else res.end();
      process.emitWarning(`fake Discord REST handler failed: ${String(error)}`);
    });
  };
}

async function handle(options: RestServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { deps, routes, faults } = options;
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = (req.method ?? 'GET').toUpperCase();
  const { body: parsed, files } = await readBody(req);
  const invalidJson = parsed === INVALID_JSON;
  const body = invalidJson ? null : parsed;
  const segments = url.pathname.startsWith(API_PREFIX)
    ? url.pathname.slice(API_PREFIX.length).split('/').filter(Boolean).map(decodeSegment)
    : null;
  const found = segments ? findRoute(routes, method, segments) : { route: null, allowed: [] };
  const recorded: RecordedRequest = {
    method,
    path: segments ? `/${segments.join('/')}` : url.pathname,
    route: found.route?.pattern ?? null,
    query: Object.fromEntries(url.searchParams),
    body,
    files,
    headers: req.headers,
    status: 0,
    faulted: false,
    at: deps.world.clock(),
  };
  options.onRecorded(recorded, 'received');
  const answer = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
    recorded.status = status;
    send(res, status, payload, headers);
    options.onRecorded(recorded, 'answered');
  };

  if (!found.route) {
    // Discord's catch-all answers for unknown paths and wrong methods.
    if (found.allowed.length > 0) return answer(405, { message: '405: Method Not Allowed', code: 0 });
    return answer(404, { message: '404: Not Found', code: 0 });
  }
  const route = found.route;
  if (route.auth && req.headers.authorization !== `Bot ${options.token}`) {
    return answer(401, { message: '401: Unauthorized', code: 0 });
  }
  if (invalidJson) {
    return answer(400, { message: 'The request body contains invalid JSON.', code: 50109 });
  }
  const bucket = createHash('sha1').update(`${method} ${route.pattern}`).digest('hex').slice(0, 16);
  const fault = faults.take(recorded);
  if (fault && !fault.afterHandling) {
    recorded.faulted = true;
    const response = faultResponse(fault, bucket, deps.world.clock());
    return answer(response.status, response.body, response.headers);
  }
  let status: number;
  let payload: unknown;
  try {
    ({ status, body: payload } = route.handle({
      ...deps,
      params: found.params,
      query: url.searchParams,
      body,
    }));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    status = error.status;
    payload = error.body();
  }
  if (fault) {
    recorded.faulted = true;
    const response = faultResponse(fault, bucket, deps.world.clock());
    return answer(response.status, response.body, response.headers);
  }
  // Successful answers carry a bucket's headers like Discord's; the fake never runs a bucket dry.
  const headers: Record<string, string> =
    status < 400
      ? {
          'X-RateLimit-Limit': '5',
          'X-RateLimit-Remaining': '4',
          'X-RateLimit-Reset': ((deps.world.clock() + 1000) / 1000).toFixed(3),
          'X-RateLimit-Reset-After': '1',
          'X-RateLimit-Bucket': bucket,
        }
      : {};
  return answer(status, payload, headers);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: RecordedRequest['files'] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: null, files: [] };
  const contentType = req.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    // Messages with attachments: JSON in `payload_json`, files in `files[n]` parts.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: RecordedRequest['files'] = [];
    let body: unknown = null;
    for (const [key, value] of form.entries()) {
      if (key === 'payload_json' && typeof value === 'string') body = JSON.parse(value) as unknown;
      else if (typeof value !== 'string') files.push({ name: value.name, size: value.size });
    }
    return { body, files };
  }
  try {
    return { body: JSON.parse(raw.toString('utf8')) as unknown, files: [] };
  } catch {
    return { body: INVALID_JSON, files: [] };
  }
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string>): void {
  if (status === 204 || payload === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(payload));
}
