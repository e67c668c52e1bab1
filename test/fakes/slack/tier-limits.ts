/**
 * Slack's rate limits, enforced the way Slack documents them: per workspace token and
 * method, a number of calls per rolling minute (Tier 2: 20, Tier 3: 50, Tier 4: 100), and
 * chat.postMessage about one message per second per channel. A call over the limit gets
 * HTTP 429 with `Retry-After` in whole seconds.
 */
export interface TierLimitOptions {
  /** Calls per rolling 60 s, per token and method. */
  perMinute: Readonly<Record<string, number>>;
  /** Calls per rolling second, per token, method and channel. */
  perChannelPerSecond?: Readonly<Record<string, number>>;
  /** The fake's clock in ms; a benchmark may run it faster than real time. */
  now: () => number;
}

/** Slack's published tiers for the methods Kindred calls. */
export const SLACK_TIERS: Pick<TierLimitOptions, 'perMinute' | 'perChannelPerSecond'> = {
  perMinute: {
    'conversations.open': 50,
    'conversations.history': 50,
    'reactions.add': 50,
    'users.info': 100,
    'users.list': 20,
  },
  perChannelPerSecond: { 'chat.postMessage': 1 },
};

export class TierLimits {
  private readonly windows = new Map<string, number[]>();
  rejected = 0;

  constructor(private readonly options: TierLimitOptions) {}

  /** Seconds to wait when this call is over its limit (and not counted), else undefined (counted). */
  check(token: string, method: string, channel: string | undefined): number | undefined {
    const now = this.options.now();
    const perMinute = this.options.perMinute[method];
    const perSecond = channel ? this.options.perChannelPerSecond?.[method] : undefined;
    const over = [
      perMinute !== undefined ? this.over(`${token}:${method}`, perMinute, 60_000, now) : undefined,
      perSecond !== undefined ? this.over(`${token}:${method}:${channel}`, perSecond, 1_000, now) : undefined,
    ].filter((wait): wait is number => wait !== undefined);
    if (over.length > 0) {
      this.rejected++;
      return Math.max(1, Math.ceil(Math.max(...over) / 1000));
    }
    if (perMinute !== undefined) this.windows.get(`${token}:${method}`)!.push(now);
    if (perSecond !== undefined) this.windows.get(`${token}:${method}:${channel}`)!.push(now);
    return undefined;
  }

  /** Ms until the oldest call in the window leaves it, when the window is full. */
  private over(key: string, limit: number, windowMs: number, now: number): number | undefined {
    const calls = this.windows.get(key) ?? [];
    while (calls.length > 0 && calls[0]! <= now - windowMs) calls.shift();
    this.windows.set(key, calls);
    return calls.length >= limit ? calls[0]! + windowMs - now : undefined;
  }
}
