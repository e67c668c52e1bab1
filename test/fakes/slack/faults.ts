/**
 * A failure the fake plays instead of (or after) answering a Web API call.
 * - `{status: 429, retryAfter}`: rate limited; HTTP 429, `Retry-After` header (whole seconds).
 * - `{error}`: HTTP 200 with `{ok: false, error}`, e.g. `account_inactive`, `ratelimited`.
 * - `{status: 500}` (or 502, 503…): a server error. The web-api client retries any non-200
 *   except 429 through its retry policy, like a network failure.
 * - `applied: true`: the call takes effect, then the answer fails — a lost response. A retry
 *   of `chat.postMessage` then posts twice, since that method has no idempotency key.
 */
export interface FaultSpec {
  status?: number;
  retryAfter?: number;
  error?: string;
  applied?: boolean;
  /** How many calls in a row fail; default 1. */
  times?: number;
}

export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: { ok: false; error: string };
}

export class FaultQueue {
  private readonly pending: Array<{ method: string; spec: FaultSpec; remaining: number }> = [];

  /** Queue a fault for `method` (`'*'` matches any method). */
  add(method: string, spec: FaultSpec): void {
    this.pending.push({ method, spec, remaining: spec.times ?? 1 });
  }

  take(method: string): FaultSpec | undefined {
    const entry = this.pending.find((f) => f.method === method || f.method === '*');
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.pending.splice(this.pending.indexOf(entry), 1);
    return entry.spec;
  }
}

export function faultResponse(spec: FaultSpec): FaultResponse {
  if (spec.status === 429) {
    return {
      status: 429,
      headers: { 'retry-after': String(spec.retryAfter ?? 1) },
      body: { ok: false, error: spec.error ?? 'ratelimited' },
    };
  }
  if (spec.status !== undefined && spec.status !== 200) {
    return { status: spec.status, headers: {}, body: { ok: false, error: spec.error ?? 'internal_error' } };
  }
  return { status: 200, headers: {}, body: { ok: false, error: spec.error ?? 'fatal_error' } };
}
