import type { Queryable } from '../../../store/db.ts';
import { spacingMs, toleranceMs, type PaceRule } from './pace-rule.ts';

/** What a reservation came to: go after `waitMs`, or not now (try again in `retryAfterMs`). */
export type Slot = { ok: true; waitMs: number } | { ok: false; retryAfterMs: number };

/** Rate limits kept in the database, so every process shares one budget per key. */
export interface Pacer {
  /**
   * Reserves the next slot for `key`. A slot further away than `maxWaitMs` (0 for an
   * optional rule) is not taken: the caller should come back in `retryAfterMs`.
   */
  reserve(key: string, rule: PaceRule, maxWaitMs: number): Promise<Slot>;
  /** The platform answered 429: nobody calls under `key` for `ms`. */
  holdOff(key: string, rule: PaceRule, ms: number): Promise<void>;
  /** Forgets keys idle for longer than `idleMs` (their next call starts fresh anyway). */
  prune(idleMs: number): Promise<number>;
}

const secs = (ms: number) => ms / 1000;

/**
 * A pacer on the `rate_limits` table: the generic cell rate algorithm, where each call
 * moves the key's theoretical arrival time on by one spacing. Reserving is a single
 * statement (no transaction held, no lock kept across the platform call): the returned
 * time says how long this caller sleeps before its call. Times come from `now`, so a
 * benchmark may run the clock faster than real time.
 */
export function createSharedPacer(deps: { db: Queryable; now?: () => Date }): Pacer {
  const now = deps.now ?? (() => new Date());
  return {
    async reserve(key, rule, maxWaitMs) {
      const at = now();
      const spacing = spacingMs(rule);
      const tolerance = toleranceMs(rule);
      const limit = rule.optional ? 0 : maxWaitMs;
      const { rows } = await deps.db.query<{ tat: Date }>(
        `INSERT INTO rate_limits AS r (key, tat) VALUES ($1, $2::timestamptz + make_interval(secs => $3::float8))
         ON CONFLICT (key) DO UPDATE SET tat = greatest(r.tat, $2::timestamptz) + make_interval(secs => $3::float8)
           WHERE r.tat - $2::timestamptz <= make_interval(secs => $4::float8)
         RETURNING tat`,
        [key, at, secs(spacing), secs(tolerance + limit)],
      );
      const tat = rows[0]?.tat;
      if (tat) return { ok: true, waitMs: Math.max(0, tat.getTime() - spacing - tolerance - at.getTime()) };
      const current = await deps.db.query<{ tat: Date }>('SELECT tat FROM rate_limits WHERE key = $1', [key]);
      const next = current.rows[0]?.tat.getTime() ?? at.getTime();
      return { ok: false, retryAfterMs: Math.max(spacing, next - tolerance - at.getTime()) };
    },
    async holdOff(key, rule, ms) {
      await deps.db.query(
        `INSERT INTO rate_limits AS r (key, tat) VALUES ($1, $2::timestamptz + make_interval(secs => $3::float8))
         ON CONFLICT (key) DO UPDATE SET tat = greatest(r.tat, EXCLUDED.tat)`,
        [key, now(), secs(ms + toleranceMs(rule))],
      );
    },
    async prune(idleMs) {
      const { rowCount } = await deps.db.query(
        `DELETE FROM rate_limits WHERE tat < $1::timestamptz - make_interval(secs => $2::float8)`,
        [now(), secs(idleMs)],
      );
      return rowCount;
    },
  };
}

/** Every call goes at once: for tests of everything but pacing, whose clocks may stand still. */
export const UNPACED: Pacer = {
  reserve: async () => ({ ok: true, waitMs: 0 }),
  holdOff: async () => {},
  prune: async () => 0,
};
