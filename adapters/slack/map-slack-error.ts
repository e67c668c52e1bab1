import type { DeliveryResult, PermanentFailure } from '../../src/platform.ts';

export type DeliveryFailure = Exclude<DeliveryResult, { ok: true }>;

/** Slack's `error` strings that no retry can fix, by what they mean for a delivery. */
const PERMANENT: Readonly<Record<string, PermanentFailure>> = {
  user_not_found: 'user_gone',
  user_disabled: 'user_gone',
  cannot_dm_bot: 'user_gone',
  // Slack documents account_inactive as "token is for a deleted user or workspace": the
  // bot's own token. The delivery code first checks whether a recipient was deactivated.
  account_inactive: 'token_revoked',
  invalid_auth: 'token_revoked',
  not_authed: 'token_revoked',
  token_revoked: 'token_revoked',
  token_expired: 'token_revoked',
  no_permission: 'missing_permissions',
  missing_scope: 'missing_permissions',
  not_allowed_token_type: 'missing_permissions',
  restricted_action: 'missing_permissions',
  ekm_access_denied: 'missing_permissions',
  channel_not_found: 'channel_missing',
  is_archived: 'channel_missing',
  not_in_channel: 'channel_missing',
  team_not_found: 'community_gone',
  team_access_not_granted: 'community_gone',
};

/** Errors that may be about a recipient rather than the bot: worth asking users.info. */
export const MAYBE_RECIPIENT_GONE = new Set(['user_not_found', 'user_disabled', 'account_inactive']);

/** The Slack `error` string of a failed Web API call (`ok: false`), if it was one. */
export function slackErrorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; data?: { error?: unknown } } | null;
  return e?.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string'
    ? e.data.error
    : undefined;
}

/**
 * What a failed Web API call means for an outbox delivery. 429s arrive as
 * `slack_webapi_rate_limited_error` because the delivery client sets
 * `rejectRateLimitedCalls` (it must not sleep on Retry-After while holding a lease);
 * network failures and 5xx are temporary; unknown `ok:false` errors are temporary too, so
 * the outbox retries them with backoff and records the text. Anything that is not a Web
 * API error is a bug and is thrown again.
 */
export function mapSlackError(error: unknown): DeliveryFailure {
  const e = error as { code?: unknown; retryAfter?: unknown; statusCode?: unknown; message?: unknown };
  switch (e?.code) {
    case 'slack_webapi_rate_limited_error':
      return { ok: false, kind: 'rate_limited', retryAfterMs: Math.max(0, Number(e.retryAfter) || 0) * 1000 };
    case 'slack_webapi_http_error':
      return { ok: false, kind: 'temporary', detail: `HTTP ${String(e.statusCode)}` };
    case 'slack_webapi_request_error':
      return { ok: false, kind: 'temporary', detail: `request failed: ${String(e.message)}` };
    case 'slack_webapi_platform_error': {
      const code = slackErrorCode(error) ?? 'unknown';
      // `ratelimited` in a 200 body: the method-level limit of chat.postMessage per channel.
      if (code === 'ratelimited')
        return { ok: false, kind: 'rate_limited', retryAfterMs: 1000, detail: code };
      const permanent = Object.hasOwn(PERMANENT, code) ? PERMANENT[code] : undefined;
      if (permanent) return { ok: false, kind: 'permanent', code: permanent, detail: code };
      return { ok: false, kind: 'temporary', detail: code };
    }
  }
  throw error;
}
