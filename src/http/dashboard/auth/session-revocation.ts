import type { Queryable } from '../../../store/db.ts';
import type { Session } from './session-cookie.ts';

/**
 * Signs a session out for good: its id is remembered until the cookie would have expired
 * anyway, so a copy of the cookie (another tab, a stolen one) stops working too. Ids past
 * their expiry are forgotten on the way.
 */
export async function revokeSession(q: Queryable, session: Session, now: Date): Promise<void> {
  await q.query('DELETE FROM revoked_sessions WHERE expires_at < $1', [now]);
  await q.query(
    'INSERT INTO revoked_sessions (session_id, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [session.id, session.expiresAt],
  );
}

export async function isSessionRevoked(q: Queryable, session: Session): Promise<boolean> {
  const { rowCount } = await q.query('SELECT 1 FROM revoked_sessions WHERE session_id = $1', [session.id]);
  return rowCount > 0;
}
