import { ERROR_MESSAGES } from './api-error.ts';
import { matches, type RecordedRequest, type RequestMatcher } from './request-log.ts';

/**
 * An answer to force on a matching request:
 * - `{ status: 429, retryAfter, global }`: a rate limit with the headers @discordjs/rest reads;
 * - `{ status: 403, code: 50007 }` (or 50013, 50001, …): a JSON error `{code, message}`;
 * - `{ status: 500 }`: a server error (@discordjs/rest retries 5xx up to `rest.retries`, 3 by default).
 * `afterHandling: true` lets the request take effect first and then loses its answer, as when a
 * response is dropped on the way back: the case `nonce` + `enforce_nonce` exists for.
 */
export interface Fault {
  status: number;
  code?: number;
  message?: string;
  /** Seconds, as in Discord's `retry_after` and `Retry-After`. */
  retryAfter?: number;
  global?: boolean;
  scope?: 'user' | 'global' | 'shared';
  afterHandling?: boolean;
  /** How many matching requests to fail (default 1). */
  times?: number;
}

export interface FaultResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

interface PendingFault {
  matcher: RequestMatcher;
  fault: Fault;
  remaining: number;
}

export class FaultQueue {
  private readonly pending: PendingFault[] = [];

  add(matcher: RequestMatcher, fault: Fault): void {
    this.pending.push({ matcher, fault, remaining: fault.times ?? 1 });
  }

  /** Takes the first fault matching the request, if any. */
  take(request: RecordedRequest): Fault | undefined {
    const index = this.pending.findIndex((p) => matches(p.matcher, request));
    const entry = this.pending[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.pending.splice(index, 1);
    return entry.fault;
  }

  clear(): void {
    this.pending.length = 0;
  }
}

/** Renders a fault the way Discord answers it (topics/rate-limits#exceeding-a-rate-limit). */
export function faultResponse(fault: Fault, bucket: string, nowMs: number): FaultResponse {
  if (fault.status === 429) {
    const retryAfter = fault.retryAfter ?? 0.05;
    const global = fault.global ?? false;
    const headers: Record<string, string> = {
      'Retry-After': String(retryAfter),
      'X-RateLimit-Limit': '5',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': ((nowMs + retryAfter * 1000) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': String(retryAfter),
      'X-RateLimit-Bucket': bucket,
      'X-RateLimit-Scope': fault.scope ?? (global ? 'global' : 'user'),
    };
    if (global) headers['X-RateLimit-Global'] = 'true';
    return {
      status: 429,
      headers,
      body: { message: 'You are being rate limited.', retry_after: retryAfter, global },
    };
  }
  if (fault.status >= 500) {
    return {
      status: fault.status,
      headers: {},
      body: { message: `${fault.status}: Internal Server Error`, code: 0 },
    };
  }
  const code = fault.code ?? 0;
  return {
    status: fault.status,
    headers: {},
    body: { code, message: fault.message ?? ERROR_MESSAGES[code] ?? 'General error' },
  };
}
