import { z } from 'zod';
import type { Queryable } from '../../../store/db.ts';
import { parseRows } from '../../../store/rows.ts';

/** The key counting every address together, which slows guessing spread over many. */
export const EVERY_CLIENT = '*';

interface Limits {
  /** Wrong tokens allowed before each further one locks sign-in. */
  free: number;
  /** The longest lock; each wrong token past `free` doubles it up to this. */
  maxLockSeconds: number;
}

// One address gets five tries, then waits 2 s, 4 s, … up to 15 minutes. All addresses
// together get fifty, and wait at most a minute, so someone spraying guesses from many
// addresses slows everyone down without locking the organiser out for long.
const LIMITS: Record<'client' | 'everyone', Limits> = {
  client: { free: 5, maxLockSeconds: 15 * 60 },
  everyone: { free: 50, maxLockSeconds: 60 },
};
/** A streak of failures this old is forgotten: the count starts again. */
const STREAK_RESET_MS = 60 * 60 * 1000;

const lockSchema = z.object({ lockedUntil: z.date() });

/** Seconds until sign-in from `client` is allowed again; 0 when it is allowed now. */
export async function loginLockSeconds(q: Queryable, client: string, now: Date): Promise<number> {
  const { rows } = await q.query(
    'SELECT locked_until AS "lockedUntil" FROM login_failures WHERE client = ANY($1)',
    [[client, EVERY_CLIENT]],
  );
  const until = Math.max(0, ...parseRows(lockSchema, rows, 'login lock').map((r) => r.lockedUntil.getTime()));
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/** Counts a wrong token from `client`, and locks sign-in once it is past the free tries. */
export async function recordLoginFailure(q: Queryable, client: string, now: Date): Promise<void> {
  for (const [key, limits] of [
    [client, LIMITS.client],
    [EVERY_CLIENT, LIMITS.everyone],
  ] as const) {
    const { rows } = await q.query(
      `INSERT INTO login_failures (client, failures, last_failed_at, locked_until) VALUES ($1, 1, $2, $2)
       ON CONFLICT (client) DO UPDATE SET
         failures = CASE WHEN login_failures.last_failed_at < $3 THEN 1 ELSE login_failures.failures + 1 END,
         last_failed_at = $2
       RETURNING failures`,
      [key, now, new Date(now.getTime() - STREAK_RESET_MS)],
    );
    const failures =
      parseRows(z.object({ failures: z.number().int() }), rows, 'login failure')[0]?.failures ?? 1;
    const over = failures - limits.free;
    if (over <= 0) continue;
    const seconds = Math.min(limits.maxLockSeconds, 2 ** Math.min(over, 20));
    await q.query('UPDATE login_failures SET locked_until = $2 WHERE client = $1', [
      key,
      new Date(now.getTime() + seconds * 1000),
    ]);
  }
}

/** A right token clears its address's streak (not everyone's: that one only decays). */
export async function clearLoginFailures(q: Queryable, client: string): Promise<void> {
  await q.query('DELETE FROM login_failures WHERE client = $1', [client]);
}
