import type { IncomingMessage } from 'node:http';
import { secretsEqual } from './keyed-mac.ts';
import { readCookie, SESSION_COOKIE, verifySession } from './session-cookie.ts';

/** Who is asking: a script with the bearer token, or a browser with a session cookie. */
export type AdminAuth = { via: 'bearer' } | { via: 'cookie'; session: string };

export type AuthOutcome =
  { ok: true; auth: AdminAuth } | { ok: false; reason: 'missing' | 'wrong_token' | 'session_expired' };

/**
 * Checks `Authorization: Bearer $ADMIN_TOKEN` (the contract) or else the session cookie the
 * login form set. A bearer header that is present but wrong fails even when a cookie is valid.
 */
export function authenticate(req: IncomingMessage, token: string, now: Date): AuthOutcome {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match && secretsEqual(match[1]!, token)
      ? { ok: true, auth: { via: 'bearer' } }
      : { ok: false, reason: 'wrong_token' };
  }
  const session = readCookie(req, SESSION_COOKIE);
  if (session === undefined || session === '') return { ok: false, reason: 'missing' };
  return verifySession(session, token, now)
    ? { ok: true, auth: { via: 'cookie', session } }
    : { ok: false, reason: 'session_expired' };
}
