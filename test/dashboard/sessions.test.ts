import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSession, SESSION_SECONDS } from '../../src/http/dashboard/auth/session-cookie.ts';
import { DRIVERS, useTestDb } from '../support/test-db.ts';
import { startDashboard, TOKEN, type DashboardServer } from './support/dashboard-server.ts';

const cookieOf = (res: Response): string => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

describe.each(DRIVERS)('dashboard sessions and sign-in throttle on %s', (driver) => {
  const store = useTestDb(driver);
  let now = new Date('2026-11-21T09:00:00Z');
  let server: DashboardServer;
  beforeAll(async () => {
    server = await startDashboard(store.db, { clock: () => now, previewRound: undefined });
  });
  afterAll(() => server?.close());

  const signIn = (token: string) =>
    fetch(`${server.base}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.base },
      body: new URLSearchParams({ token, next: '/admin' }).toString(),
    });
  const withCookie = (cookie: string) => fetch(`${server.base}/admin`, { headers: { cookie } });
  const csrfOf = async (cookie: string) =>
    /name="csrf" value="([^"]+)"/.exec(await (await withCookie(cookie)).text())?.[1] ?? '';
  const logout = async (cookie: string) =>
    fetch(`${server.base}/admin/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.base, cookie },
      body: new URLSearchParams({ csrf: await csrfOf(cookie) }).toString(),
    });

  it('GIVEN a browser signed out THEN a copy of its cookie no longer opens the dashboard, and other sessions still do', async () => {
    const kept = cookieOf(await signIn(TOKEN));
    const copied = cookieOf(await signIn(TOKEN));
    expect((await withCookie(copied)).status).toBe(200);
    expect((await logout(copied)).status).toBe(303);
    const after = await withCookie(copied);
    expect(after.status).toBe(401);
    expect(await after.text()).toContain('Your session has ended');
    expect((await withCookie(kept)).status).toBe(200);
  });

  it('GIVEN a session older than its cap THEN it is over even while in use', async () => {
    const cookie = cookieOf(await signIn(TOKEN));
    now = new Date(now.getTime() + (SESSION_SECONDS - 60) * 1000);
    expect((await withCookie(cookie)).status).toBe(200);
    now = new Date(now.getTime() + 120 * 1000);
    expect((await withCookie(cookie)).status).toBe(401);
  });

  it('GIVEN a validly signed cookie that claims to outlive the cap THEN it is refused', async () => {
    const later = new Date(now.getTime() + 7 * 24 * 3600 * 1000);
    expect((await withCookie(`kindred_admin=${issueSession(TOKEN, later)}`)).status).toBe(401);
  });

  it('GIVEN repeated wrong tokens THEN sign-in pauses with a growing wait, refusing even the right token, then recovers', async () => {
    now = new Date('2026-11-22T09:00:00Z');
    for (let i = 0; i < 5; i++) expect((await signIn('wrong-token-000000000')).status).toBe(401);
    // The sixth wrong token locks for 2 s.
    expect((await signIn('wrong-token-000000000')).status).toBe(401);
    const locked = await signIn(TOKEN);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('2');
    expect(locked.headers.get('set-cookie')).toBeNull();
    expect(await locked.text()).toContain('Try again in 2 seconds');
    // A bearer script is held to the same lock.
    expect((await server.get('/admin')).status).toBe(429);

    now = new Date(now.getTime() + 3_000);
    expect((await signIn('wrong-token-000000000')).status).toBe(401);
    expect((await signIn(TOKEN)).headers.get('retry-after')).toBe('4');

    now = new Date(now.getTime() + 5_000);
    const ok = await signIn(TOKEN);
    expect(ok.status).toBe(303);
    // The right token cleared this address's streak: one slip does not lock again.
    expect((await signIn('wrong-token-000000000')).status).toBe(401);
    expect((await signIn(TOKEN)).status).toBe(303);
  });

  it('GIVEN wrong bearer tokens THEN they count like wrong sign-ins', async () => {
    now = new Date('2026-11-23T09:00:00Z');
    for (let i = 0; i < 6; i++) {
      const res = await server.get('/admin', { headers: { authorization: 'Bearer wrong-token-000000000' } });
      expect(res.status).toBe(401);
    }
    expect((await server.get('/admin')).status).toBe(429);
    now = new Date(now.getTime() + 3_000);
    expect((await server.get('/admin')).status).toBe(200);
  });
});
