import { parseCron } from './cron-schedule.ts';

const WEEKDAYS = ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'];
// Monday first, as organisers read a week.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

const pad = (n: number): string => String(n).padStart(2, '0');
const sorted = (set: ReadonlySet<number>): number[] => [...set].sort((a, b) => a - b);
const sameSet = (set: ReadonlySet<number>, values: readonly number[]): boolean =>
  set.size === values.length && values.every((v) => set.has(v));

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function weekdays(days: ReadonlySet<number>): string {
  if (sameSet(days, [1, 2, 3, 4, 5])) return 'Weekdays';
  if (sameSet(days, [0, 6])) return 'Weekends';
  return list(WEEK_ORDER.filter((d) => days.has(d)).map((d) => WEEKDAYS[d]!));
}

/**
 * A schedule in words, as an organiser would say it: `0 10 * * 1` and UTC become
 * "Mondays at 10:00, UTC". Covers one minute past one to three hours on every day, some
 * weekdays or some days of the month, and hourly; anything else (months, minute lists,
 * both day fields) falls back to the expression itself.
 */
export function describeCron(expression: string, timezone: string): string {
  const raw = `${expression.trim()} (cron, ${timezone})`;
  const parsed = parseCron(expression);
  if (!parsed.ok) return raw;
  const s = parsed.value;
  if (s.minutes.size !== 1 || s.months.size !== 12) return raw;
  const minute = sorted(s.minutes)[0]!;
  const allDom = s.daysOfMonth.size === 31;
  const allDow = s.daysOfWeek.size === 7;
  if (s.hours.size === 24) {
    return allDom && allDow ? `Every hour at ${pad(minute)} minutes past, ${timezone}` : raw;
  }
  if (s.hours.size > 3) return raw;
  const at = `at ${list(sorted(s.hours).map((h) => `${pad(h)}:${pad(minute)}`))}`;
  let days: string;
  if ((allDom && (allDow || s.dayOr)) || (allDow && s.dayOr)) days = 'Every day';
  else if (allDom) days = weekdays(s.daysOfWeek);
  else if (allDow) days = `On the ${list(sorted(s.daysOfMonth).map(ordinal))} of each month`;
  else return raw;
  return `${days} ${at}, ${timezone}`;
}
