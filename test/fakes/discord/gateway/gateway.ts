import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CloseCode, Intents, KNOWN_INTENTS, Op, PRIVILEGED_INTENTS } from '../constants.ts';
import { guildCreatePayload } from '../payloads/guilds.ts';
import { userPayload } from '../payloads/users.ts';
import { WatchedLog } from '../watched-log.ts';
import type { World } from '../world/world.ts';
import { applyMessageContentIntent, isDeliverable } from './intents.ts';
import { Connection, Session, type GatewayPayload } from './session.ts';

export interface GatewayOptions {
  world: World;
  token: string;
  heartbeatIntervalMs: number;
  /** How long frames after READY are held back (GUILD_CREATE is lazy on real Discord). */
  readyHoldMs: number;
  url(): string;
}

/** A payload a client sent, with the token redacted. */
export interface ReceivedPayload {
  op: number;
  d: unknown;
  sessionId: string | null;
  at: number;
}

/** The v10 JSON gateway: HELLO, IDENTIFY → READY + GUILD_CREATEs, heartbeats, RESUME with replay. */
export class Gateway {
  readonly received = new WatchedLog<ReceivedPayload>();
  readonly sessions = new Map<string, Session>();
  /** Whether heartbeats are answered; false makes the client see a zombie connection and resume. */
  ackHeartbeats = true;
  private readonly connections = new Set<Connection>();
  private readonly wss = new WebSocketServer({ noServer: true });

  constructor(private readonly options: GatewayOptions) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/gateway' && url.pathname !== '/gateway/') {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, url.searchParams));
  }

  /** Sends a dispatch to every session whose intents allow it (a session between sockets gets it on RESUME); returns how many. */
  dispatch(t: string, d: unknown): number {
    let delivered = 0;
    const { world } = this.options;
    for (const session of this.sessions.values()) {
      const data = (d ?? {}) as Record<string, unknown>;
      if (!isDeliverable(t, data, session.intents, world.bot.id)) continue;
      session.dispatch(t, applyMessageContentIntent(t, data, session.intents, world.bot.id));
      delivered += 1;
    }
    return delivered;
  }

  /** Cuts every socket without a close frame (code 1006): clients reconnect and RESUME. */
  dropConnections(code?: number): void {
    for (const connection of this.connections) {
      if (code === undefined) connection.socket.terminate();
      else connection.socket.close(code);
    }
  }

  /** Op 7 Reconnect: clients close and RESUME on `resume_gateway_url`. */
  requestReconnect(): void {
    for (const connection of this.connections)
      connection.send({ op: Op.Reconnect, d: null, s: null, t: null });
  }

  /** Op 9 Invalid Session; unless resumable, the sessions are forgotten and clients must IDENTIFY again. */
  invalidateSessions(resumable = false): void {
    for (const connection of this.connections) {
      connection.send({ op: Op.InvalidSession, d: resumable, s: null, t: null });
    }
    if (!resumable) this.sessions.clear();
  }

  /** A gateway restart: every session is lost and every socket cut, so RESUME fails and clients re-IDENTIFY. */
  restart(): void {
    this.sessions.clear();
    this.dropConnections();
  }

  async close(): Promise<void> {
    for (const connection of this.connections) {
      connection.dispose();
      connection.socket.terminate();
    }
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(socket: WebSocket, params: URLSearchParams): void {
    const connection = new Connection(socket);
    this.connections.add(connection);
    socket.on('close', (code) => this.onClose(connection, code));
    socket.on('error', () => socket.terminate());
    if (params.get('v') !== '10') return socket.close(CloseCode.InvalidApiVersion, 'Invalid API version');
    if ((params.get('encoding') ?? 'json') !== 'json')
      return socket.close(CloseCode.DecodeError, 'Error while decoding payload.');
    socket.on('message', (raw) => this.onMessage(connection, raw));
    connection.send({
      op: Op.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  private onClose(connection: Connection, code: number): void {
    connection.dispose();
    this.connections.delete(connection);
    const session = connection.session;
    if (!session || session.connection !== connection) return;
    session.connection = null;
    // A client closing with 1000/1001 ends its session; any other close leaves it resumable.
    if (code === 1000 || code === 1001) this.sessions.delete(session.id);
  }

  private onMessage(connection: Connection, raw: RawData): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(raw.toString()) as { op?: unknown; d?: unknown };
    } catch {
      return connection.socket.close(CloseCode.DecodeError, 'Error while decoding payload.');
    }
    const op = typeof payload.op === 'number' ? payload.op : -1;
    const d = (payload.d ?? null) as Record<string, unknown> | null;
    this.received.push({
      op,
      d: d && typeof d === 'object' && 'token' in d ? { ...d, token: '[redacted]' } : d,
      sessionId: connection.session?.id ?? null,
      at: this.options.world.clock(),
    });
    if (op === Op.Heartbeat) {
      if (this.ackHeartbeats) connection.send({ op: Op.HeartbeatAck, d: null, s: null, t: null });
      return;
    }
    if (op === Op.Identify) return this.identify(connection, d ?? {});
    if (op === Op.Resume) return this.resume(connection, d ?? {});
    if (!connection.session) return connection.socket.close(CloseCode.NotAuthenticated, 'Not authenticated.');
    if (op === Op.PresenceUpdate || op === Op.VoiceStateUpdate || op === Op.RequestGuildMembers) return;
    connection.socket.close(CloseCode.UnknownOpcode, 'Unknown opcode.');
  }

  private identify(connection: Connection, d: Record<string, unknown>): void {
    const { world, token } = this.options;
    const socket = connection.socket;
    if (connection.session) return socket.close(CloseCode.AlreadyAuthenticated, 'Already authenticated.');
    if (d.token !== token) return socket.close(CloseCode.AuthenticationFailed, 'Authentication failed.');
    const intents = d.intents;
    if (typeof intents !== 'number' || (intents & ~KNOWN_INTENTS) !== 0) {
      return socket.close(CloseCode.InvalidIntents, 'Invalid intent(s).');
    }
    if (intents & PRIVILEGED_INTENTS & ~world.application.privilegedIntents) {
      return socket.close(CloseCode.DisallowedIntents, 'Disallowed intent(s).');
    }
    const session = new Session(randomBytes(16).toString('hex'), intents);
    this.sessions.set(session.id, session);
    this.attach(connection, session);
    const guilds = [...world.guilds.values()].filter((g) => world.member(g.id, world.bot.id));
    // READY lists every guild as unavailable; GUILD_CREATE then backfills each (with GUILDS).
    session.dispatch('READY', {
      v: 10,
      user: { ...userPayload(world.bot), verified: true, mfa_enabled: false, flags: 0 },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.options.url(),
      shard: Array.isArray(d.shard) ? d.shard : [0, 1],
      application: { id: world.application.id, flags: 0 },
    });
    connection.hold(this.options.readyHoldMs);
    if (!(intents & Intents.Guilds)) return;
    for (const guild of guilds) session.dispatch('GUILD_CREATE', guildCreatePayload(world, guild, intents));
  }

  private resume(connection: Connection, d: Record<string, unknown>): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session || d.token !== this.options.token) {
      connection.send({ op: Op.InvalidSession, d: false, s: null, t: null });
      return;
    }
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    this.attach(connection, session);
    // Replay what the client missed, then RESUMED.
    for (const payload of session.history)
      if (payload.s !== null && payload.s > seq) connection.send(payload);
    session.seq += 1;
    connection.send({ op: Op.Dispatch, t: 'RESUMED', s: session.seq, d: {} });
  }

  private attach(connection: Connection, session: Session): void {
    const previous = session.connection;
    if (previous && previous !== connection) previous.socket.close(4000, 'Session resumed elsewhere');
    session.connection = connection;
    connection.session = session;
  }
}

export type { GatewayPayload };
