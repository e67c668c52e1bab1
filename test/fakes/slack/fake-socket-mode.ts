import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

export type EnvelopeType = 'slash_commands' | 'events_api' | 'interactive';

/** What the client sends back for an envelope: `{envelope_id, payload}` (payload may be `{}`). */
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export interface SendOptions {
  /** Defaults: true for slash commands and view submissions, false otherwise (as Slack sets it). */
  acceptsResponsePayload?: boolean;
  /** events_api redeliveries carry `retry_attempt`/`retry_reason` (0 and '' first time). */
  retryAttempt?: number;
  retryReason?: string;
  /** Slack waits 3 s for an ack before it retries or gives up. */
  timeoutMs?: number;
}

export interface FakeSocketMode {
  /** Connections currently open. */
  readonly connections: number;
  /** Every ack received, in order. */
  readonly acks: SocketAck[];
  /** A single-use `ws://…/socket?ticket=…` URL, as `apps.connections.open` returns. */
  issueUrl(): string;
  /** Resolves once a client has connected and been sent `hello`. */
  waitForConnection(timeoutMs?: number): Promise<void>;
  /** Delivers an envelope to the newest connection and resolves with its ack. */
  send(type: EnvelopeType, payload: unknown, opts?: SendOptions): Promise<SocketAck>;
  /** Slack's `disconnect` message: the client is expected to reconnect with a new URL. */
  disconnect(reason?: 'warning' | 'refresh_requested' | 'link_disabled'): void;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): Promise<void>;
}

export interface FakeSocketModeOptions {
  /** `ws://127.0.0.1:PORT` of the fake's server. */
  baseWsUrl: string;
  appId: string;
  /** Slack pings each connection; the client drops one that goes quiet for 30 s. 0 disables. */
  pingIntervalMs?: number;
}

export function createFakeSocketMode(opts: FakeSocketModeOptions): FakeSocketMode {
  // ws answers the client's pings by itself; SlackWebSocket drops a connection after
  // three unanswered pings (one every clientPingTimeout / 3).
  const wss = new WebSocketServer({ noServer: true });
  const tickets = new Set<string>();
  const open: WebSocket[] = [];
  const acks: SocketAck[] = [];
  const waiting = new Map<string, (ack: SocketAck) => void>();
  const connectedListeners: Array<() => void> = [];
  const debugInfo = { host: 'applink-fake-1', build_number: 1, approximate_connection_time: 18060 };

  function onConnection(ws: WebSocket): void {
    open.push(ws);
    const ping = opts.pingIntervalMs ? setInterval(() => ws.ping(), opts.pingIntervalMs) : undefined;
    ping?.unref();
    ws.on('message', (data) => {
      const ack = parseAck(String(data));
      if (!ack) return;
      acks.push(ack);
      waiting.get(ack.envelope_id)?.(ack);
    });
    ws.on('close', () => {
      clearInterval(ping);
      open.splice(open.indexOf(ws), 1);
    });
    // The client resolves start() only when it sees hello.
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: open.length,
        debug_info: debugInfo,
        connection_info: { app_id: opts.appId },
      }),
    );
    connectedListeners.splice(0).forEach((resolve) => resolve());
  }

  return {
    get connections() {
      return open.length;
    },
    acks,
    issueUrl() {
      const ticket = randomUUID();
      tickets.add(ticket);
      return `${opts.baseWsUrl}/socket?ticket=${ticket}&app_id=${opts.appId}`;
    },
    waitForConnection(timeoutMs = 2000) {
      if (open.length > 0) return Promise.resolve();
      return withTimeout(
        new Promise<void>((resolve) => connectedListeners.push(resolve)),
        timeoutMs,
        'no Socket Mode client connected',
      );
    },
    send(type, payload, sendOpts = {}) {
      const ws = open.at(-1);
      if (!ws)
        return Promise.reject(
          new Error('fake Slack: no Socket Mode client is connected; start the App first'),
        );
      const envelopeId = randomUUID();
      const envelope = {
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: sendOpts.acceptsResponsePayload ?? acceptsResponse(type, payload),
        ...(type === 'events_api'
          ? { retry_attempt: sendOpts.retryAttempt ?? 0, retry_reason: sendOpts.retryReason ?? '' }
          : {}),
      };
      const acked = new Promise<SocketAck>((resolve) => waiting.set(envelopeId, resolve));
      ws.send(JSON.stringify(envelope));
      return withTimeout(acked, sendOpts.timeoutMs ?? 3000, `envelope ${type} was not acked`).finally(() =>
        waiting.delete(envelopeId),
      );
    },
    disconnect(reason = 'refresh_requested') {
      for (const ws of open)
        ws.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: debugInfo.host } }));
    },
    handleUpgrade(req, socket, head) {
      const ticket = new URL(req.url ?? '/', 'http://fake').searchParams.get('ticket') ?? '';
      // Slack's URLs are single-use: reconnecting needs a new apps.connections.open.
      if (!tickets.delete(ticket)) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, onConnection);
    },
    async close() {
      await Promise.all(open.map((ws) => closeGracefully(ws)));
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function acceptsResponse(type: EnvelopeType, payload: unknown): boolean {
  if (type === 'slash_commands') return true;
  const kind = (payload as { type?: unknown } | null)?.type;
  return type === 'interactive' && (kind === 'view_submission' || kind === 'block_suggestion');
}

function parseAck(text: string): SocketAck | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<SocketAck>;
    return typeof parsed.envelope_id === 'string' ? (parsed as SocketAck) : undefined;
  } catch {
    return undefined;
  }
}

/** Close handshake first; terminate if the client does not answer quickly. */
function closeGracefully(ws: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => ws.terminate(), 500);
    ws.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.close(1001, 'fake Slack stopping');
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`fake Slack: ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
