import { describe, expect, it } from 'vitest';
import { describeCron } from '../../../src/rounds/schedule/describe-cron.ts';

describe('describeCron', () => {
  it.each([
    ['0 10 * * 1', 'UTC', 'Mondays at 10:00, UTC'],
    ['30 9 * * MON', 'Europe/London', 'Mondays at 09:30, Europe/London'],
    ['0 18 * * 1,4', 'UTC', 'Mondays and Thursdays at 18:00, UTC'],
    ['0 8 * * 1-5', 'UTC', 'Weekdays at 08:00, UTC'],
    ['0 11 * * 6,0', 'UTC', 'Weekends at 11:00, UTC'],
    ['0 12 * * 7', 'UTC', 'Sundays at 12:00, UTC'],
    ['5 9 * * *', 'UTC', 'Every day at 09:05, UTC'],
    ['0 9,17 * * *', 'UTC', 'Every day at 09:00 and 17:00, UTC'],
    ['0 10 1 * *', 'UTC', 'On the 1st of each month at 10:00, UTC'],
    ['0 10 2,3,11,22 * *', 'UTC', 'On the 2nd, 3rd, 11th and 22nd of each month at 10:00, UTC'],
    ['15 * * * *', 'UTC', 'Every hour at 15 minutes past, UTC'],
  ])('GIVEN %s in %s THEN it says "%s"', (cron, tz, words) => {
    expect(describeCron(cron, tz)).toBe(words);
  });

  it.each(['*/15 * * * *', '0 10 * 1 1', '0 10 1 * 1', '0 1,2,3,4 * * *', 'not a cron'])(
    'GIVEN a form it does not put in words (%s) THEN it shows the expression and the time zone',
    (cron) => {
      expect(describeCron(cron, 'UTC')).toBe(`${cron} (cron, UTC)`);
    },
  );
});
