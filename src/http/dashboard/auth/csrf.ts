import type { IncomingMessage } from 'node:http';
import type { AdminAuth } from './authenticate.ts';
import { keyedMac, secretsEqual } from './keyed-mac.ts';

/** The hidden form field (or `x-csrf-token` header) that carries the token. */
export const CSRF_FIELD = 'csrf';

/** The token a signed-in browser's forms carry: bound to its session, keyed by ADMIN_TOKEN. */
export function csrfToken(token: string, auth: AdminAuth): string | undefined {
  return auth.via === 'cookie' ? keyedMac(token, `csrf:${auth.session}`) : undefined;
}

/**
 * Whether a POST comes from the dashboard's own pages. Browsers send `Origin` (and
 * `Sec-Fetch-Site`) on POSTs; when present they must name this host. The session cookie
 * is SameSite=Strict already; the origin check covers browsers that ignore it.
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

/**
 * A cookie-authenticated POST needs the same origin and the form's token. A bearer request
 * does not: browsers never attach that header on their own, so it cannot be forged cross-site.
 */
export function passesCsrf(
  req: IncomingMessage,
  auth: AdminAuth,
  token: string,
  submitted: string | undefined,
): boolean {
  if (auth.via === 'bearer') return true;
  const expected = csrfToken(token, auth);
  if (!isSameOrigin(req) || expected === undefined) return false;
  const given = submitted ?? headerValue(req.headers['x-csrf-token']);
  return given !== undefined && secretsEqual(given, expected);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
