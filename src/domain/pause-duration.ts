import type { Result } from './result.ts';
import { fail, ok } from './result.ts';

const DAY_MS = 86_400_000;
const UNIT_DAYS = { d: 1, w: 7, m: 30 } as const;
const MAX_DAYS = 365;

/**
 * Parses how long to pause: `2w`, `30d`, `3m` (months of 30 days), or nothing for
 * "until I resume" (null). Pure: the caller passes the current time.
 */
export function parsePauseDuration(
  text: string | undefined,
  now: Date,
): Result<Date | null, 'pause.bad_duration' | 'pause.too_long'> {
  const trimmed = (text ?? '').trim().toLowerCase();
  if (trimmed === '') return ok(null);
  const match = /^(\d{1,3})\s*(d|w|m)$/.exec(trimmed);
  if (!match) return fail('pause.bad_duration', { given: trimmed.slice(0, 20) });
  const days = Number(match[1]) * UNIT_DAYS[match[2] as keyof typeof UNIT_DAYS];
  if (days < 1) return fail('pause.bad_duration', { given: trimmed });
  if (days > MAX_DAYS) return fail('pause.too_long', { max: MAX_DAYS });
  return ok(new Date(now.getTime() + days * DAY_MS));
}
