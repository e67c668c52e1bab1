import type { WebSocket } from 'ws';

/** A gateway payload (topics/gateway-events#payload-structure). */
export interface GatewayPayload {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

/** One socket. Frames queue while `heldUntil` is in the future (see `holdAfterReady`). */
export class Connection {
  session: Session | null = null;
  private readonly queue: string[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly socket: WebSocket) {}

  send(payload: GatewayPayload): void {
    this.queue.push(JSON.stringify(payload));
    if (!this.timer) this.flush();
  }

  /**
   * Discord sends GUILD_CREATE lazily after READY, never in the same breath. The hold keeps
   * later frames out of READY's TCP read: @discordjs/ws handles READY with one more await than
   * other dispatches, so a GUILD_CREATE read in the same chunk could overtake it.
   */
  hold(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, ms);
    this.timer.unref();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue.length = 0;
  }

  private flush(): void {
    while (this.queue.length > 0 && !this.timer) {
      const frame = this.queue.shift();
      if (frame !== undefined && this.socket.readyState === this.socket.OPEN) this.socket.send(frame);
    }
  }
}

/** A gateway session: survives its socket so a RESUME can replay what was missed. */
export class Session {
  seq = 0;
  connection: Connection | null = null;
  /** Dispatches sent (or due) on this session, for replay on RESUME. */
  readonly history: GatewayPayload[] = [];

  constructor(
    readonly id: string,
    readonly intents: number,
  ) {}

  /** Numbers a dispatch with the session's next `s`, remembers it, and sends it if connected. */
  dispatch(t: string, d: unknown): GatewayPayload {
    this.seq += 1;
    const payload: GatewayPayload = { op: 0, t, s: this.seq, d };
    this.history.push(payload);
    if (this.history.length > 1000) this.history.shift();
    this.connection?.send(payload);
    return payload;
  }
}
