import { describe, expect, it } from 'vitest';
import { nextFire, previousFire } from '../../src/rounds/schedule/cron-period.ts';
import { parseCron } from '../../src/rounds/schedule/cron-schedule.ts';
import { duePeriod } from '../../src/rounds/schedule/due-period.ts';

const cron = (expression: string) => {
  const parsed = parseCron(expression);
  if (!parsed.ok) throw new Error(`bad cron ${expression}`);
  return parsed.value;
};
const at = (iso: string) => new Date(iso);

describe('cron periods in a community time zone', () => {
  it('keys a weekly Monday 10:00 round by its local start, in UTC and in New York', () => {
    const weekly = cron('0 10 * * 1');
    expect(previousFire(weekly, 'UTC', at('2026-12-02T09:00:00Z'))).toEqual({
      at: at('2026-11-30T10:00:00Z'),
      key: '2026-11-30T10:00',
    });
    expect(previousFire(weekly, 'America/New_York', at('2026-11-30T15:00:00Z'))).toEqual({
      at: at('2026-11-30T15:00:00Z'),
      key: '2026-11-30T10:00',
    });
    expect(nextFire(weekly, 'America/New_York', at('2026-11-30T15:00:00Z'))?.key).toBe('2026-12-07T10:00');
  });

  it('follows the zone across daylight saving: the same local hour is a different UTC hour', () => {
    const weekly = cron('0 10 * * 1');
    expect(nextFire(weekly, 'Europe/London', at('2026-03-24T00:00:00Z'))?.at).toEqual(
      at('2026-03-30T09:00:00Z'),
    );
    expect(nextFire(weekly, 'Europe/London', at('2026-03-17T00:00:00Z'))?.at).toEqual(
      at('2026-03-23T10:00:00Z'),
    );
    expect(nextFire(weekly, 'Europe/London', at('2026-10-20T00:00:00Z'))?.at).toEqual(
      at('2026-10-26T10:00:00Z'),
    );
  });

  it('runs a time skipped by the clocks going forward once, just after the gap', () => {
    const nightly = cron('30 2 * * *');
    const fire = nextFire(nightly, 'Europe/Berlin', at('2026-03-28T12:00:00Z'));
    expect(fire).toEqual({ at: at('2026-03-29T01:30:00Z'), key: '2026-03-29T02:30' });
  });

  it('runs a time repeated by the clocks going back once, at its first occurrence', () => {
    const nightly = cron('30 2 * * *');
    const first = nextFire(nightly, 'Europe/Berlin', at('2026-10-24T12:00:00Z'));
    expect(first).toEqual({ at: at('2026-10-25T00:30:00Z'), key: '2026-10-25T02:30' });
    expect(nextFire(nightly, 'Europe/Berlin', first!.at)?.key).toBe('2026-10-26T02:30');
    expect(previousFire(nightly, 'Europe/Berlin', at('2026-10-25T01:45:00Z'))?.key).toBe('2026-10-25T02:30');
  });

  it('reads lists, ranges, steps and names, and either day field when both are given', () => {
    const spec = cron('*/15 9-17 1,15 jan-mar mon-fri');
    expect([...spec.minutes]).toEqual([0, 15, 30, 45]);
    expect(spec.dayOr).toBe(true);
    expect(nextFire(cron('0 10 1 * 0'), 'UTC', at('2026-11-25T00:00:00Z'))?.key).toBe('2026-11-29T10:00');
    expect(nextFire(cron('0 10 * * 7'), 'UTC', at('2026-11-25T00:00:00Z'))?.key).toBe('2026-11-29T10:00');
    for (const bad of ['61 * * * *', '* * * *', '0 10 * * mon/x', '0 10 32 * *', ''])
      expect(parseCron(bad)).toMatchObject({ ok: false, code: 'schedule.bad_cron' });
  });

  it('has no due period before the community existed, and names a broken schedule', () => {
    const community = { scheduleCron: '0 10 * * 1', timezone: 'UTC', createdAt: at('2026-11-25T00:00:00Z') };
    expect(duePeriod(community, at('2026-11-27T00:00:00Z'))).toEqual({ ok: false, reason: 'none_yet' });
    expect(duePeriod(community, at('2026-11-30T10:00:00Z'))).toMatchObject({
      ok: true,
      fire: { key: '2026-11-30T10:00' },
    });
    expect(duePeriod({ ...community, timezone: 'Mars/Base' }, at('2026-11-30T10:00:00Z'))).toEqual({
      ok: false,
      reason: 'bad_timezone',
    });
  });
});
