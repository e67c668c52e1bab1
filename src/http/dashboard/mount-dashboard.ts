import type { Handler, HttpServer } from '../server.ts';
import { authenticate } from './auth/authenticate.ts';
import { csrfToken } from './auth/csrf.ts';
import { handleLogin, noteWrongToken, refuseWhileLocked, safeNext } from './auth/login-routes.ts';
import type { DashboardDeps } from './dashboard-deps.ts';
import { createRouter } from './dashboard-router.ts';
import { dashboardRoutes } from './dashboard-routes.ts';
import { disabledPage } from './pages/disabled-page.ts';
import { loginPage } from './pages/login-page.ts';
import { messagePage } from './pages/message-page.ts';
import { rootPage } from './pages/root-page.ts';
import { sendHtml } from './send-html.ts';
import { ASSET_PATH, sendStylesheet } from './stylesheet.ts';

/**
 * The organiser dashboard under `/admin`. Without ADMIN_TOKEN every page answers 503 with
 * how to turn it on (503: the feature exists but is switched off, unlike 404). With it,
 * a request needs `Authorization: Bearer $ADMIN_TOKEN` or the session cookie that
 * `/admin/login` sets; anything else gets 401 and the sign-in form, and after repeated
 * wrong tokens 429 until the lock passes.
 */
export function mountDashboard(http: HttpServer, deps: DashboardDeps): void {
  const token = deps.config.adminToken;
  const route = token ? createRouter(dashboardRoutes(deps, token)) : undefined;

  const handle: Handler = async (req, res, url) => {
    if (url.pathname === ASSET_PATH) return sendStylesheet(res);
    if (!token || !route) return sendHtml(res, 503, disabledPage());
    const now = deps.clock();
    if (url.pathname === '/admin/login') {
      if (req.method === 'POST') return handleLogin(deps, req, res, token, now);
      return sendHtml(res, 200, loginPage('missing', safeNext(url.searchParams.get('next'))));
    }
    // A bearer header is a guess like a login form is: the same lock applies to it.
    if (req.headers.authorization !== undefined && (await refuseWhileLocked(deps, req, res, now))) return;
    const outcome = await authenticate(req, token, now, deps.db);
    if (!outcome.ok) {
      if (outcome.reason === 'wrong_token') await noteWrongToken(deps, req, now);
      const next = safeNext(req.method === 'GET' ? url.pathname + url.search : '/admin');
      return sendHtml(res, 401, loginPage(outcome.reason, next), {
        'www-authenticate': 'Bearer realm="kindred-admin"',
      });
    }
    const match = route(req.method ?? 'GET', url.pathname);
    if (match.kind === 'not_found')
      return sendHtml(res, 404, messagePage('Not found', 'There is no such dashboard page.'));
    if (match.kind === 'bad_request')
      return sendHtml(res, 400, messagePage('Bad address', 'This address is not written correctly.'));
    if (match.kind === 'method_not_allowed') {
      return sendHtml(res, 405, messagePage('Not allowed', 'This page does not take that kind of request.'));
    }
    await match.handler({
      req,
      res,
      url,
      params: match.params,
      auth: outcome.auth,
      csrf: csrfToken(token, outcome.auth),
    });
  };

  // `/` has nothing of its own: point people at the dashboard instead of a bare 404.
  http.route('GET', '/', (_req, res) => sendHtml(res, 302, rootPage(), { location: '/admin' }));
  http.route('GET', '/admin', handle);
  http.route('GET', '/admin/*', handle);
  http.route('POST', '/admin/*', handle);
}
