import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/http/server.ts';
import { mountDashboard } from '../../src/http/dashboard/mount-dashboard.ts';
import { silentLogger } from '../../src/log.ts';
import type { Db } from '../../src/store/db.ts';
import { startDashboard, TOKEN } from './support/dashboard-server.ts';
import type { DashboardServer } from './support/dashboard-server.ts';

// Authentication never needs the database; the pages here find nothing in this one.
const noDb = { driver: 'pglite', query: async () => ({ rows: [], rowCount: 0 }) } as unknown as Db;

/** Signs in through the form as a browser would, returning the session cookie. */
async function signIn(server: DashboardServer, token = TOKEN, next = '/admin'): Promise<Response> {
  return fetch(`${server.base}/admin/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.base },
    body: new URLSearchParams({ token, next }).toString(),
  });
}

const cookieOf = (res: Response): string => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

describe('dashboard authentication', () => {
  let server: DashboardServer;
  beforeAll(async () => {
    server = await startDashboard(noDb, { previewRound: undefined });
  });
  afterAll(() => server.close());

  it('GIVEN no ADMIN_TOKEN THEN /admin answers 503 and says how to turn the dashboard on', async () => {
    const http = createHttpServer(silentLogger());
    mountDashboard(http, {
      db: noDb,
      config: { adminToken: undefined },
      log: silentLogger(),
      clock: () => new Date(),
    });
    const port = await http.listen(0, '127.0.0.1');
    try {
      for (const path of ['/admin', '/admin/c/1/members', '/admin/login']) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`, {
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        expect(res.status).toBe(503);
        const body = await res.text();
        expect(body).toContain(
          'set <code>ADMIN_TOKEN</code> (16+ characters) in <code>.env</code> and restart',
        );
      }
    } finally {
      await http.close();
    }
  });

  it('GIVEN no credentials THEN it answers 401 with the sign-in form and a Bearer challenge', async () => {
    const res = await fetch(`${server.base}/admin/c/1/members?status=left`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="kindred-admin"');
    const body = await res.text();
    expect(body).toContain('<form class="stack panel" method="post" action="/admin/login">');
    expect(body).toContain('name="next" value="/admin/c/1/members?status=left"');
  });

  it('GIVEN a wrong bearer token THEN it answers 401 saying the token is not right', async () => {
    const res = await fetch(`${server.base}/admin`, {
      headers: { authorization: 'Bearer not-the-token-at-all' },
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('That token is not right');
  });

  it('GIVEN the right bearer token THEN pages are served with a strict Content-Security-Policy', async () => {
    const res = await server.get('/admin/nowhere');
    expect(res.status).toBe(404);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the stylesheet without credentials, since it holds nothing private', async () => {
    const res = await fetch(`${server.base}/admin/assets/dashboard.css`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/css');
  });

  it('GIVEN the right token in the login form THEN it sets an HttpOnly SameSite=Strict cookie that opens the dashboard', async () => {
    const res = await signIn(server, TOKEN, '/admin/c/1/graph?show=genuine');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/c/1/graph?show=genuine');
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^kindred_admin=\d+\.[\w-]+\.[\w-]+; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/admin');
    expect(setCookie).not.toContain(TOKEN);
    const page = await fetch(`${server.base}/admin/nowhere`, { headers: { cookie: cookieOf(res) } });
    expect(page.status).toBe(404);
  });

  it('GIVEN a wrong token in the login form THEN it answers 401 and sets no cookie', async () => {
    const res = await signIn(server, 'wrong-token-wrong-token');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('That token is not right');
  });

  it('never redirects outside the dashboard after signing in', async () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/admin',
      '/admin//evil.example',
      '/elsewhere',
    ]) {
      const res = await signIn(server, TOKEN, next);
      expect(res.headers.get('location')).toBe('/admin');
    }
  });

  it('GIVEN a forged or expired session cookie THEN it asks to sign in again', async () => {
    const forged = await fetch(`${server.base}/admin`, {
      headers: { cookie: 'kindred_admin=99999999999.AAAA' },
    });
    expect(forged.status).toBe(401);
    const expired = await fetch(`${server.base}/admin`, { headers: { cookie: 'kindred_admin=1000.abc' } });
    expect(expired.status).toBe(401);
    expect(await expired.text()).toContain('Your session has ended');
  });

  it('GIVEN a login POST from another site THEN it is refused', async () => {
    const res = await fetch(`${server.base}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ token: TOKEN }).toString(),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  describe('CSRF on cookie sessions', () => {
    let cookie: string;
    let csrf: string;
    beforeAll(async () => {
      cookie = cookieOf(await signIn(server));
      const page = await (await fetch(`${server.base}/admin`, { headers: { cookie } })).text();
      csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    });

    const logout = (headers: Record<string, string>, body: Record<string, string>) =>
      fetch(`${server.base}/admin/logout`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
        body: new URLSearchParams(body).toString(),
      });

    it('GIVEN a form without its token THEN the POST is refused with 403', async () => {
      expect(csrf).not.toBe('');
      expect((await logout({ origin: server.base }, {})).status).toBe(403);
      expect((await logout({ origin: server.base }, { csrf: 'x'.repeat(43) })).status).toBe(403);
    });

    it('GIVEN the right token but another origin THEN the POST is refused with 403', async () => {
      expect((await logout({ origin: 'https://evil.example' }, { csrf })).status).toBe(403);
      expect((await logout({ 'sec-fetch-site': 'cross-site' }, { csrf })).status).toBe(403);
    });

    it('GIVEN the same origin and the token THEN signing out clears the cookie', async () => {
      const res = await logout({ origin: server.base, 'sec-fetch-site': 'same-origin' }, { csrf });
      expect(res.status).toBe(303);
      expect(res.headers.get('set-cookie')).toContain('Max-Age=0');
    });
  });
});
