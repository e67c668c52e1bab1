import { webApi } from '@slack/bolt';
import type { Pacer } from '../../../src/rounds/delivery/pacing/shared-pacer.ts';
import { SLACK_PACE, slackPaceKey } from './slack-pace.ts';

export interface PaceOptions {
  pacer: Pacer;
  /** The workspace the token belongs to; undefined until auth.test answered (nothing is paced then). */
  teamId: () => string | undefined;
  /** Longer waits are handed back to the outbox as a rate limit instead of holding a lease. */
  maxWaitMs: number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Shaped like the SDK's own rate-limit error, so delivery handles both alike. */
export function pacedRateLimit(retryAfterMs: number): Error {
  return Object.assign(new Error('paced: no slot soon enough'), {
    code: 'slack_webapi_rate_limited_error',
    retryAfter: retryAfterMs / 1000,
    paced: true,
  });
}

/**
 * The delivery web client, paced through the database: before each call of a limited
 * method it reserves a slot shared with every other process and sleeps until then; a slot
 * too far away (or any wait, for an optional call) throws a rate-limit error without
 * calling Slack. A 429 that still arrives pushes the key's next slot past Retry-After.
 */
export class PacedWebClient extends webApi.WebClient {
  private readonly pace: PaceOptions;

  constructor(token: string, options: webApi.WebClientOptions, pace: PaceOptions) {
    super(token, options);
    this.pace = pace;
  }

  override async apiCall(
    method: string,
    options?: Record<string, unknown>,
  ): Promise<webApi.WebAPICallResult> {
    const teamId = this.pace.teamId();
    const key = teamId ? slackPaceKey(teamId, method, options) : undefined;
    if (!key) return super.apiCall(method, options);
    const rule = SLACK_PACE[method]!;
    const slot = await this.pace.pacer.reserve(key, rule, this.pace.maxWaitMs);
    if (!slot.ok) throw pacedRateLimit(slot.retryAfterMs);
    if (slot.waitMs > 0) await (this.pace.sleep ?? realSleep)(slot.waitMs);
    try {
      return await super.apiCall(method, options);
    } catch (error) {
      const e = error as { code?: unknown; retryAfter?: unknown };
      if (e.code === 'slack_webapi_rate_limited_error') {
        await this.pace.pacer
          .holdOff(key, rule, Math.max(1, Number(e.retryAfter) || 1) * 1000)
          .catch(() => {});
      }
      throw error;
    }
  }
}
