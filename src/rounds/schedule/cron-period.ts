import type { CronSchedule } from './cron-schedule.ts';
import { cronFiresOn } from './cron-schedule.ts';
import type { LocalTime } from './zoned-time.ts';
import { formatLocalTime, localTime, zonedInstant } from './zoned-time.ts';

/** One scheduled start: when it happens and its key, the local wall-clock time. */
export interface CronFire {
  at: Date;
  key: string;
}

// Far enough for `0 10 29 2 1` (a leap day that is a Monday), which recurs in under 30 years.
const SEARCH_DAYS = 366 * 30;

function fires(schedule: CronSchedule, day: Date, zone: string, descending: boolean): CronFire[] {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + 1;
  const date = day.getUTCDate();
  if (!cronFiresOn(schedule, month, date, day.getUTCDay())) return [];
  const out: CronFire[] = [];
  const hours = [...schedule.hours].sort((a, b) => a - b);
  const minutes = [...schedule.minutes].sort((a, b) => a - b);
  for (const hour of hours) {
    for (const minute of minutes) {
      const local: LocalTime = { year, month, day: date, hour, minute };
      out.push({ at: zonedInstant(local, zone), key: formatLocalTime(local) });
    }
  }
  return descending ? out.reverse() : out;
}

function walk(
  schedule: CronSchedule,
  zone: string,
  from: Date,
  direction: 1 | -1,
  accept: (fire: CronFire) => boolean,
): CronFire | undefined {
  const start = localTime(from, zone);
  // Calendar days are walked as UTC dates, which have no DST, so each step is one local day;
  // one extra day either side covers fires that DST moves across midnight.
  const cursor = new Date(Date.UTC(start.year, start.month - 1, start.day - direction));
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const found = fires(schedule, cursor, zone, direction === -1).find(accept);
    if (found) return found;
    cursor.setUTCDate(cursor.getUTCDate() + direction);
  }
  return undefined;
}

/** The latest scheduled start at or before `at`, in the community's zone. */
export function previousFire(schedule: CronSchedule, zone: string, at: Date): CronFire | undefined {
  // Start a day ahead: a fire later on today's local date can still be in the past elsewhere.
  const ahead = new Date(at.getTime() + 2 * 86_400_000);
  return walk(schedule, zone, ahead, -1, (fire) => fire.at <= at);
}

/** The first scheduled start strictly after `at`. */
export function nextFire(schedule: CronSchedule, zone: string, at: Date): CronFire | undefined {
  const behind = new Date(at.getTime() - 2 * 86_400_000);
  return walk(schedule, zone, behind, 1, (fire) => fire.at > at);
}
