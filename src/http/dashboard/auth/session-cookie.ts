import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { keyedMac, secretsEqual } from './keyed-mac.ts';

export const SESSION_COOKIE = 'kindred_admin';
/**
 * A signed-in browser stays signed in for a working day at most: the expiry is fixed at
 * sign-in and using the dashboard does not extend it.
 */
export const SESSION_SECONDS = 12 * 60 * 60;

/** A session the cookie proves: its random id (what logout revokes) and its fixed expiry. */
export interface Session {
  id: string;
  expiresAt: Date;
}

/**
 * A session is its expiry, a random id and an HMAC of both keyed by ADMIN_TOKEN: changing
 * the token signs every browser out, and logout revokes the id (see `revokeSession`).
 */
export function issueSession(token: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + SESSION_SECONDS;
  const id = randomBytes(16).toString('base64url');
  return `${expires}.${id}.${keyedMac(token, `session:${expires}.${id}`)}`;
}

/** The session a cookie value proves, or undefined when it is forged, malformed or expired. */
export function verifySession(value: string, token: string, now: Date): Session | undefined {
  const match = /^(\d{1,12})\.([\w-]{16,40})\.([\w-]{1,100})$/.exec(value);
  if (!match) return undefined;
  const expires = Number(match[1]);
  const id = match[2]!;
  const valid = secretsEqual(match[3]!, keyedMac(token, `session:${expires}.${id}`));
  // A cookie claiming to outlive the cap was not issued by this version: refuse it too.
  const live = expires * 1000 > now.getTime() && expires * 1000 <= now.getTime() + SESSION_SECONDS * 1000;
  return valid && live ? { id, expiresAt: new Date(expires * 1000) } : undefined;
}

/** The Set-Cookie value: HttpOnly, SameSite=Strict, only sent to /admin, Secure behind https. */
export function sessionCookie(value: string, secure: boolean): string {
  const attributes = [`Path=/admin`, `Max-Age=${SESSION_SECONDS}`, 'HttpOnly', 'SameSite=Strict'];
  if (secure) attributes.push('Secure');
  return `${SESSION_COOKIE}=${value}; ${attributes.join('; ')}`;
}

export const CLEARED_SESSION_COOKIE = `${SESSION_COOKIE}=; Path=/admin; Max-Age=0; HttpOnly; SameSite=Strict`;

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Whether the browser reached us over https, directly or through a TLS-terminating proxy. */
export function isHttps(req: IncomingMessage): boolean {
  return (
    ('encrypted' in req.socket && req.socket.encrypted === true) ||
    req.headers['x-forwarded-proto'] === 'https'
  );
}
