import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendHtml } from '../send-html.ts';
import { formText, readForm } from '../read-body.ts';
import { loginPage } from '../pages/login-page.ts';
import { messagePage } from '../pages/message-page.ts';
import { secretsEqual } from './keyed-mac.ts';
import { CLEARED_SESSION_COOKIE, isHttps, issueSession, sessionCookie } from './session-cookie.ts';
import { isSameOrigin } from './csrf.ts';

const LOGIN_FORM_LIMIT = 8 * 1024;

/** Only a dashboard path may be the target after signing in: no open redirect. */
export function safeNext(next: string | undefined | null): string {
  return next && /^\/admin(\/[\w\-./%?=&]*)?$/.test(next) && !next.includes('//') ? next : '/admin';
}

/** `POST /admin/login`: a right token sets the session cookie and goes back where it came from. */
export async function handleLogin(
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  now: Date,
): Promise<void> {
  if (!isSameOrigin(req)) {
    sendHtml(res, 403, messagePage('Refused', 'Sign in from the dashboard’s own page.'));
    return;
  }
  const read = await readForm(req, LOGIN_FORM_LIMIT);
  const next = safeNext(read.ok ? formText(read.form, 'next') : undefined);
  const given = read.ok ? formText(read.form, 'token') : undefined;
  if (given === undefined || !secretsEqual(given.trim(), token)) {
    sendHtml(res, 401, loginPage('wrong_token', next));
    return;
  }
  res
    .writeHead(303, {
      location: next,
      'set-cookie': sessionCookie(issueSession(token, now), isHttps(req)),
      'cache-control': 'no-store',
    })
    .end();
}

/** `POST /admin/logout` (CSRF-checked by the caller): forgets the cookie. */
export function handleLogout(res: ServerResponse): void {
  res.writeHead(303, { location: '/admin', 'set-cookie': CLEARED_SESSION_COOKIE }).end();
}
