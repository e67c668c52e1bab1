import type { IncomingMessage } from 'node:http';
import { keyedMac, secretsEqual } from './keyed-mac.ts';

export const SESSION_COOKIE = 'kindred_admin';
/** A signed-in browser stays signed in for a working day. */
export const SESSION_SECONDS = 12 * 60 * 60;

/**
 * A session is its expiry and an HMAC of it keyed by ADMIN_TOKEN: nothing is stored on the
 * server, and changing the token signs every browser out.
 */
export function issueSession(token: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + SESSION_SECONDS;
  return `${expires}.${keyedMac(token, `session:${expires}`)}`;
}

export function verifySession(value: string, token: string, now: Date): boolean {
  const match = /^(\d{1,12})\.([\w-]{1,100})$/.exec(value);
  if (!match) return false;
  const expires = Number(match[1]);
  const valid = secretsEqual(match[2]!, keyedMac(token, `session:${expires}`));
  return valid && expires * 1000 > now.getTime();
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
