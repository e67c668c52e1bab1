import type { Result } from '../../domain/result.ts';
import { fail, ok } from '../../domain/result.ts';

/** A parsed 5-field cron expression: the allowed values of each field. */
export interface CronSchedule {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday; 7 is folded into 0. */
  daysOfWeek: ReadonlySet<number>;
  /** Vixie cron: when both day fields are restricted, a day matching either one fires. */
  dayOr: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface FieldSpec {
  min: number;
  max: number;
  names?: string[];
  namesFrom?: number;
}

const FIELDS: FieldSpec[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS, namesFrom: 1 },
  { min: 0, max: 7, names: DAYS, namesFrom: 0 },
];

function value(text: string, spec: FieldSpec): number {
  const named = spec.names?.indexOf(text.toLowerCase()) ?? -1;
  if (named >= 0) return named + (spec.namesFrom ?? 0);
  if (!/^\d+$/.test(text)) return NaN;
  return Number(text);
}

function parseField(text: string, spec: FieldSpec): Set<number> | undefined {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined || range === undefined || range === '') return undefined;
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) return undefined;
    let lo: number;
    let hi: number;
    if (range === '*') [lo, hi] = [spec.min, spec.max];
    else {
      const [a, b, more] = range.split('-');
      if (more !== undefined || a === undefined) return undefined;
      lo = value(a, spec);
      hi = b === undefined ? (stepText === undefined ? lo : spec.max) : value(b, spec);
    }
    if (!(lo >= spec.min && hi <= spec.max && lo <= hi)) return undefined;
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return values;
}

/**
 * Parses `minute hour day-of-month month day-of-week` with lists, ranges, steps and
 * English month/day names, the dialect node-cron and crontab(5) share.
 */
export function parseCron(expression: string): Result<CronSchedule, 'schedule.bad_cron'> {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) return fail('schedule.bad_cron', { reason: 'expected 5 fields' });
  const sets: Set<number>[] = [];
  for (const [i, spec] of FIELDS.entries()) {
    const set = parseField(parts[i]!, spec);
    if (!set) return fail('schedule.bad_cron', { field: i + 1, given: parts[i]!.slice(0, 20) });
    sets.push(set);
  }
  const [minutes, hours, daysOfMonth, months, daysOfWeek] = sets as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  if (daysOfWeek.delete(7)) daysOfWeek.add(0);
  return ok({
    minutes,
    hours,
    daysOfMonth,
    months,
    daysOfWeek,
    dayOr: parts[2] !== '*' && parts[4] !== '*',
  });
}

/** Whether a local calendar day (month 1-12, weekday 0 = Sunday) is a firing day. */
export function cronFiresOn(schedule: CronSchedule, month: number, day: number, weekday: number): boolean {
  if (!schedule.months.has(month)) return false;
  const dom = schedule.daysOfMonth.has(day);
  const dow = schedule.daysOfWeek.has(weekday);
  return schedule.dayOr ? dom || dow : dom && dow;
}
