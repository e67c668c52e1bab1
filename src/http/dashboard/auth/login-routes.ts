import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../../log.ts';
import type { Queryable } from '../../../store/db.ts';
import { sendHtml } from '../send-html.ts';
import { formText, readForm } from '../read-body.ts';
import { loginPage } from '../pages/login-page.ts';
import { messagePage } from '../pages/message-page.ts';
import type { AdminAuth } from './authenticate.ts';
import { clientAddress } from './authenticate.ts';
import { secretsEqual } from './keyed-mac.ts';
import { clearLoginFailures, loginLockSeconds, recordLoginFailure } from './login-throttle.ts';
import { CLEARED_SESSION_COOKIE, isHttps, issueSession, sessionCookie } from './session-cookie.ts';
import { revokeSession } from './session-revocation.ts';
import { isSameOrigin } from './csrf.ts';

const LOGIN_FORM_LIMIT = 8 * 1024;

/** Only a dashboard path may be the target after signing in: no open redirect. */
export function safeNext(next: string | undefined | null): string {
  return next && /^\/admin(\/[\w\-./%?=&]*)?$/.test(next) && !next.includes('//') ? next : '/admin';
}

export interface LoginDeps {
  db: Queryable;
  log: Logger;
}

/**
 * When too many wrong tokens came from this address (or from everywhere), answers 429 with
 * how long to wait, whether or not this attempt's token is right: otherwise the lock would
 * not slow guessing down. Returns true when it answered.
 */
export async function refuseWhileLocked(
  deps: LoginDeps,
  req: IncomingMessage,
  res: ServerResponse,
  now: Date,
): Promise<boolean> {
  const seconds = await loginLockSeconds(deps.db, clientAddress(req), now);
  if (seconds === 0) return false;
  deps.log.warn({ client: clientAddress(req), retryAfterSeconds: seconds }, 'dashboard: sign-in locked');
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  sendHtml(
    res,
    429,
    messagePage(
      'Too many wrong tokens',
      `Signing in is paused after several wrong admin tokens. Try again in ${wait}, with the ADMIN_TOKEN from the server’s environment.`,
    ),
    { 'retry-after': String(seconds) },
  );
  return true;
}

/** Counts a wrong token against the caller's address, with a line for the operator. */
export async function noteWrongToken(deps: LoginDeps, req: IncomingMessage, now: Date): Promise<void> {
  deps.log.warn({ client: clientAddress(req) }, 'dashboard: wrong admin token');
  await recordLoginFailure(deps.db, clientAddress(req), now);
}

/** `POST /admin/login`: a right token sets the session cookie and goes back where it came from. */
export async function handleLogin(
  deps: LoginDeps,
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  now: Date,
): Promise<void> {
  if (!isSameOrigin(req)) {
    sendHtml(res, 403, messagePage('Refused', 'Sign in from the dashboard’s own page.'));
    return;
  }
  if (await refuseWhileLocked(deps, req, res, now)) return;
  const read = await readForm(req, LOGIN_FORM_LIMIT);
  const next = safeNext(read.ok ? formText(read.form, 'next') : undefined);
  const given = read.ok ? formText(read.form, 'token') : undefined;
  if (given === undefined || !secretsEqual(given.trim(), token)) {
    await noteWrongToken(deps, req, now);
    sendHtml(res, 401, loginPage('wrong_token', next));
    return;
  }
  await clearLoginFailures(deps.db, clientAddress(req));
  res
    .writeHead(303, {
      location: next,
      'set-cookie': sessionCookie(issueSession(token, now), isHttps(req)),
      'cache-control': 'no-store',
    })
    .end();
}

/** `POST /admin/logout` (CSRF-checked by the caller): revokes the session and forgets the cookie. */
export async function handleLogout(
  deps: LoginDeps,
  res: ServerResponse,
  auth: AdminAuth,
  now: Date,
): Promise<void> {
  if (auth.via === 'cookie') await revokeSession(deps.db, auth.revocable, now);
  res.writeHead(303, { location: '/admin', 'set-cookie': CLEARED_SESSION_COOKIE }).end();
}
