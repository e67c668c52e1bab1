import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import type { DeliveryResult, PermanentFailure } from '../../src/platform.ts';

export type DeliveryFailure = Exclude<DeliveryResult, { ok: true }>;

/** Discord's JSON error codes (topics/opcodes-and-status-codes#json) no retry can fix. */
const PERMANENT: Readonly<Record<number, PermanentFailure>> = {
  10003: 'channel_missing', // Unknown Channel: the intros channel or a DM was deleted
  10004: 'community_gone', // Unknown Guild: the bot was removed from the server
  10007: 'user_gone', // Unknown Member: they left the server
  10013: 'user_gone', // Unknown User: the account was deleted
  50001: 'missing_permissions', // Missing Access: the bot cannot see the channel
  50007: 'dms_closed', // Cannot send messages to this user
  50013: 'missing_permissions', // Missing Permissions
  50083: 'channel_missing', // Operation on an archived thread
};

/** Codes that are about one recipient rather than the bot or the channel. */
const ABOUT_RECIPIENT = new Set<PermanentFailure>(['user_gone', 'dms_closed']);

// After a 401 @discordjs/rest drops its token, and every later call fails with this
// plain Error before reaching Discord: the token is as revoked as it was on the 401.
const TOKEN_DROPPED = /Expected token to be set for this request/;

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
]);

function isNetworkError(error: Error): boolean {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  return (
    error.name === 'AbortError' ||
    (typeof code === 'string' && NETWORK_CODES.has(code)) ||
    (error instanceof TypeError && error.message === 'fetch failed')
  );
}

/**
 * What a failed REST call means for an outbox delivery. `userId` names the recipient a
 * member-specific failure (DMs closed, left the server) is about, so the core can tell
 * the partner and retire the right member. Anything that is neither a Discord answer nor
 * a network failure is a bug and is thrown again.
 */
export function mapDiscordError(error: unknown, userId?: string): DeliveryFailure {
  if (error instanceof RateLimitError) {
    return {
      ok: false,
      kind: 'rate_limited',
      retryAfterMs: Math.max(0, Math.ceil(error.retryAfter)),
      detail: error.route,
    };
  }
  if (error instanceof DiscordAPIError) {
    const detail = `${error.status} ${String(error.code)}: ${error.message}`;
    if (error.status === 401) return { ok: false, kind: 'permanent', code: 'token_revoked', detail };
    const permanent = typeof error.code === 'number' ? PERMANENT[error.code] : undefined;
    if (permanent) {
      return ABOUT_RECIPIENT.has(permanent) && userId
        ? { ok: false, kind: 'permanent', code: permanent, userId, detail }
        : { ok: false, kind: 'permanent', code: permanent, detail };
    }
    if (error.status === 403) return { ok: false, kind: 'permanent', code: 'missing_permissions', detail };
    // Anything else in 4xx (a 400 we did not expect, 404 on a route) may pass with a retry
    // after an operator fixes something; the outbox gives up after its attempts.
    return { ok: false, kind: 'temporary', detail };
  }
  if (error instanceof HTTPError) return { ok: false, kind: 'temporary', detail: `HTTP ${error.status}` };
  if (error instanceof Error && TOKEN_DROPPED.test(error.message)) {
    return { ok: false, kind: 'permanent', code: 'token_revoked', detail: 'token dropped after a 401' };
  }
  if (error instanceof Error && isNetworkError(error)) {
    return { ok: false, kind: 'temporary', detail: `network: ${error.message}` };
  }
  throw error;
}

/** The Discord JSON error code of a REST failure, if it was one. */
export function discordErrorCode(error: unknown): number | undefined {
  return error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : undefined;
}
