import type { Community } from '../../domain/community.ts';
import type { CronFire } from './cron-period.ts';
import { previousFire } from './cron-period.ts';
import { parseCron } from './cron-schedule.ts';
import { isValidTimeZone } from '../../domain/time-zone.ts';

export type DuePeriod =
  { ok: true; fire: CronFire } | { ok: false; reason: 'bad_cron' | 'bad_timezone' | 'none_yet' };

/**
 * The period a community's round should exist for at `now`: its latest scheduled start.
 * Whether that round already exists is the database's business (its unique key), so
 * after downtime only the most recent missed period is run, never a backlog. A start
 * before the community existed does not count.
 */
export function duePeriod(
  community: Pick<Community, 'scheduleCron' | 'timezone' | 'createdAt'>,
  now: Date,
): DuePeriod {
  const schedule = parseCron(community.scheduleCron);
  if (!schedule.ok) return { ok: false, reason: 'bad_cron' };
  if (!isValidTimeZone(community.timezone)) return { ok: false, reason: 'bad_timezone' };
  const fire = previousFire(schedule.value, community.timezone, now);
  if (!fire || fire.at < community.createdAt) return { ok: false, reason: 'none_yet' };
  return { ok: true, fire };
}
