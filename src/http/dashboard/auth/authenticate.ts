import type { IncomingMessage } from 'node:http';
import type { Queryable } from '../../../store/db.ts';
import { secretsEqual } from './keyed-mac.ts';
import type { Session } from './session-cookie.ts';
import { readCookie, SESSION_COOKIE, verifySession } from './session-cookie.ts';
import { isSessionRevoked } from './session-revocation.ts';

/** Who is asking: a script with the bearer token, or a browser with a session cookie. */
export type AdminAuth = { via: 'bearer' } | { via: 'cookie'; session: string; revocable: Session };

export type AuthOutcome =
  { ok: true; auth: AdminAuth } | { ok: false; reason: 'missing' | 'wrong_token' | 'session_expired' };

/**
 * Checks `Authorization: Bearer $ADMIN_TOKEN` (the contract) or else the session cookie the
 * login form set, which must be unexpired and not signed out. A bearer header that is
 * present but wrong fails even when a cookie is valid.
 */
export async function authenticate(
  req: IncomingMessage,
  token: string,
  now: Date,
  db: Queryable,
): Promise<AuthOutcome> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match && secretsEqual(match[1]!, token)
      ? { ok: true, auth: { via: 'bearer' } }
      : { ok: false, reason: 'wrong_token' };
  }
  const cookie = readCookie(req, SESSION_COOKIE);
  if (cookie === undefined || cookie === '') return { ok: false, reason: 'missing' };
  const session = verifySession(cookie, token, now);
  if (!session || (await isSessionRevoked(db, session))) return { ok: false, reason: 'session_expired' };
  return { ok: true, auth: { via: 'cookie', session: cookie, revocable: session } };
}

/** The address wrong tokens are counted against: the TCP peer (headers can be forged). */
export function clientAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? 'unknown').slice(0, 64);
}
