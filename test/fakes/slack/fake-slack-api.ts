import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeSocketMode, type FakeSocketMode } from './fake-socket-mode.ts';
import { FaultQueue, faultResponse, type FaultSpec } from './faults.ts';
import { METHODS, type SlackResult, type TokenKind } from './methods/index.ts';
import { ResponseUrls, type RecordedResponse, type SourceMessage } from './response-urls.ts';
import { TierLimits, type TierLimitOptions } from './tier-limits.ts';
import { parseArgs, readBody, tokenOf } from './web-api-body.ts';
import { FakeWorkspace, type WorkspaceOptions } from './workspace.ts';

export type { FaultSpec } from './faults.ts';
export type { RecordedResponse } from './response-urls.ts';

/** One HTTP request to `/api/{method}`, whatever its outcome. */
export interface RecordedCall {
  method: string;
  /** Parsed arguments; JSON-in-a-form-field arguments (`blocks`, `view`…) already decoded. */
  args: Record<string, unknown>;
  token: string | undefined;
  status: number;
  response: unknown;
  /** When the request arrived (ms since the epoch): the call takes effect then. */
  receivedAt: number;
}

export interface FakeSlackOptions extends WorkspaceOptions {
  botToken?: string;
  appToken?: string;
  /** Server-side WebSocket ping interval for Socket Mode (default 10 s; 0 disables). */
  socketPingIntervalMs?: number;
  /** Enforce Slack's rate-limit tiers (429 with Retry-After); off unless given. */
  tierLimits?: TierLimitOptions;
}

export interface FakeSlack {
  /** `http://127.0.0.1:PORT/api/` — give it to Bolt as `clientOptions.slackApiUrl`. */
  readonly apiUrl: string;
  readonly botToken: string;
  readonly appToken: string;
  readonly workspace: FakeWorkspace;
  readonly calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /**
   * Every later call to `method` (`'*'`: any) takes effect on arrival but is answered only
   * after `ms`, like a slow Slack; 0 removes the delay.
   */
  setLatency(method: string, ms: number): void;
  /** The next call(s) to `method` (`'*'`: any) fail as described. */
  failNext(method: string, fault: FaultSpec): void;
  /** A token that now answers `token_revoked` (as after `tokens_revoked`/uninstall). */
  revokeToken(token: string): void;
  /**
   * A response_url served by the fake; what is posted there lands in `responses`. Bound to
   * the message a button is in (`source`), `replace_original: true` replaces that message.
   */
  responseUrl(id?: string, source?: SourceMessage): string;
  readonly responses: RecordedResponse[];
  responsesTo(idOrUrl: string): RecordedResponse[];
  readonly socket: FakeSocketMode;
  /** Calls answered 429 by the tier limits. */
  readonly rateLimited: number;
  stop(): Promise<void>;
}

/** Starts a fake Slack (Web API, response_urls and Socket Mode) on 127.0.0.1 at a free port. */
export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const workspace = new FakeWorkspace(opts);
  const botToken = opts.botToken ?? 'xoxb-fake-bot-token';
  const appToken = opts.appToken ?? 'xapp-1-fake-app-token';
  const tokens = new Map<string, TokenKind>([
    [botToken, 'bot'],
    [appToken, 'app'],
  ]);
  const revoked = new Set<string>();
  const calls: RecordedCall[] = [];
  const faults = new FaultQueue();
  const limits = opts.tierLimits ? new TierLimits(opts.tierLimits) : undefined;
  const latency = new Map<string, number>();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const responses = new ResponseUrls(`http://${base}`, (source, body) =>
    workspace.replaceMessage(source.channel, source.ts, body),
  );
  const socket = createFakeSocketMode({
    baseWsUrl: `ws://${base}`,
    appId: workspace.bot.appId,
    pingIntervalMs: opts.socketPingIntervalMs ?? 10_000,
  });

  async function handleApi(
    method: string,
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
  ): Promise<void> {
    const receivedAt = Date.now();
    const parsed = parseArgs(req.headers['content-type'], await readBody(req), url.searchParams);
    const args = typeof parsed === 'string' ? {} : parsed;
    const token = tokenOf(req.headers.authorization, args);
    delete args.token;
    const delayMs = latency.get(method) ?? latency.get('*') ?? 0;
    const record = (status: number, response: unknown, headers: Record<string, string> = {}) => {
      calls.push({ method, args, token, status, response, receivedAt });
      if (delayMs > 0) setTimeout(() => send(res, status, response, headers), delayMs);
      else send(res, status, response, headers);
    };
    const channel = typeof args['channel'] === 'string' ? args['channel'] : undefined;
    const waitSeconds = limits?.check(token ?? '', method, channel);
    if (waitSeconds !== undefined)
      return record(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(waitSeconds) });
    const fault = faults.take(method);
    // An `applied` fault lets the method take effect before the answer is lost.
    const result = fault && !fault.applied ? undefined : answer(method, parsed, token);
    if (fault) {
      const { status, headers, body } = faultResponse(fault);
      return record(status, body, headers);
    }
    record(200, result);
  }

  function answer(
    method: string,
    args: Record<string, unknown> | string,
    token: string | undefined,
  ): SlackResult {
    if (typeof args === 'string') return { ok: false, error: args };
    const spec = METHODS[method];
    if (!spec) return { ok: false, error: 'unknown_method' };
    if (!token) return { ok: false, error: 'not_authed' };
    if (revoked.has(token)) return { ok: false, error: 'token_revoked' };
    const tokenKind = tokens.get(token);
    if (!tokenKind) return { ok: false, error: 'invalid_auth' };
    if (!spec.tokens.includes(tokenKind)) return { ok: false, error: 'not_allowed_token_type' };
    return spec.handler({ args, workspace, tokenKind, openSocketUrl: () => socket.issueUrl() });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${base}`);
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname)?.[1];
    if (api) return handleApi(api, req, res, url);
    const responseId = /^\/response\/([^/]+)$/.exec(url.pathname)?.[1];
    if (responseId && req.method === 'POST') {
      const { status, body } = responses.accept(decodeURIComponent(responseId), await readBody(req));
      return send(res, status, body);
    }
    send(res, 404, { ok: false, error: 'not_found' });
  }

  server.on('request', (req, res) => {
    route(req, res).catch((error: unknown) => send(res, 500, { ok: false, error: String(error) }));
  });
  server.on('upgrade', (req, sock, head) => {
    if (new URL(req.url ?? '/', `http://${base}`).pathname === '/socket')
      socket.handleUpgrade(req, sock, head);
    else sock.destroy();
  });

  return {
    apiUrl: `http://${base}/api/`,
    botToken,
    appToken,
    workspace,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    setLatency: (method, ms) => void (ms > 0 ? latency.set(method, ms) : latency.delete(method)),
    failNext: (method, fault) => faults.add(method, fault),
    revokeToken: (token) => revoked.add(token),
    responseUrl: (id, source) => responses.url(id, source),
    responses: responses.posts,
    responsesTo: (idOrUrl) => responses.to(idOrUrl),
    socket,
    get rateLimited() {
      return limits?.rejected ?? 0;
    },
    async stop() {
      await socket.close();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets from fetch would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
