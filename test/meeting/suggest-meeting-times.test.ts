import { describe, expect, it } from 'vitest';
import { calendarLinks } from '../../src/meeting/calendar-link.ts';
import { nextStep } from '../../src/meeting/next-step.ts';
import { suggestMeetingTimes } from '../../src/meeting/suggest-meeting-times.ts';
import { utcOffsetMinutes } from '../../src/matching/utc-offset-minutes.ts';

const NOW = new Date('2026-12-02T16:00:00Z');

function localHour(zone: string, at: Date): number {
  const minutes = (at.getTime() / 60_000 + utcOffsetMinutes(zone, at)!) % 1440;
  return ((minutes + 1440) % 1440) / 60;
}

describe('suggestMeetingTimes', () => {
  it('offers three times on different days, each inside every member’s daytime', () => {
    const zones = ['America/New_York', 'Europe/London', 'Europe/Berlin'];
    const result = suggestMeetingTimes(zones, NOW);
    if (!result.ok) throw new Error(result.code);
    expect(result.slots).toHaveLength(3);
    const days = new Set(result.slots.map((s) => s.start.toISOString().slice(0, 10)));
    expect(days.size).toBe(3);
    for (const slot of result.slots) {
      expect(slot.start.getTime()).toBeGreaterThanOrEqual(NOW.getTime() + 24 * 3_600_000);
      for (const zone of zones) {
        expect(localHour(zone, slot.start)).toBeGreaterThanOrEqual(9);
        expect(localHour(zone, slot.start) + slot.minutes / 60).toBeLessThanOrEqual(20);
      }
    }
    expect(result.slots[0]!.local).toEqual([
      'Thu 3 Dec, 11:00 (New York)',
      'Thu 3 Dec, 16:00 (London)',
      'Thu 3 Dec, 17:00 (Berlin)',
    ]);
  });

  it('shows each zone once, and ignores members whose zone is unknown or invalid', () => {
    const result = suggestMeetingTimes(['Europe/London', 'Europe/London', null, 'Mars/Olympus'], NOW);
    if (!result.ok) throw new Error(result.code);
    for (const slot of result.slots) expect(slot.local).toHaveLength(1);
  });

  it('says so when nobody’s zone is known', () => {
    expect(suggestMeetingTimes([null, undefined, ''], NOW)).toEqual({
      ok: false,
      code: 'meeting.no_time_zones',
    });
  });

  it('says so when no hour is daytime for everyone', () => {
    expect(suggestMeetingTimes(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London'], NOW)).toEqual({
      ok: false,
      code: 'meeting.no_shared_daytime',
    });
  });

  it('finds the narrow overlap of far-apart zones, crossing the date line in the text', () => {
    const result = suggestMeetingTimes(['Pacific/Honolulu', 'Asia/Singapore'], NOW);
    if (!result.ok) throw new Error(result.code);
    expect(result.slots[0]!.local).toEqual(['Thu 3 Dec, 16:00 (Honolulu)', 'Fri 4 Dec, 10:00 (Singapore)']);
  });

  it('follows daylight saving: the same members get the same local hours either side of a change', () => {
    const zones = ['America/New_York', 'Europe/London'];
    const before = suggestMeetingTimes(zones, new Date('2026-03-02T12:00:00Z'));
    const after = suggestMeetingTimes(zones, new Date('2026-04-02T12:00:00Z'));
    if (!before.ok || !after.ok) throw new Error('no times');
    for (const slot of [...before.slots, ...after.slots])
      expect(localHour('America/New_York', slot.start)).toBeGreaterThanOrEqual(9);
  });
});

describe('calendar links', () => {
  const slot = { start: new Date('2026-12-03T16:00:00Z'), minutes: 30, local: [] };

  it('opens a prefilled event in Google Calendar or Outlook, needing no calendar access', () => {
    const [google, outlook] = calendarLinks(slot, 'Kindred introduction', 'Say hi').map(
      (l) => new URL(l.url),
    );
    expect(google!.origin).toBe('https://calendar.google.com');
    expect(google!.searchParams.get('action')).toBe('TEMPLATE');
    expect(google!.searchParams.get('dates')).toBe('20261203T160000Z/20261203T163000Z');
    expect(google!.searchParams.get('text')).toBe('Kindred introduction');
    expect(outlook!.origin).toBe('https://outlook.live.com');
    expect(outlook!.searchParams.get('startdt')).toBe('2026-12-03T16:00:00.000Z');
    expect(outlook!.searchParams.get('enddt')).toBe('2026-12-03T16:30:00.000Z');
    expect(outlook!.searchParams.get('subject')).toBe('Kindred introduction');
  });
});

describe('nextStep', () => {
  it('lists every suggested time with a calendar link', () => {
    const step = nextStep(suggestMeetingTimes(['Europe/London'], NOW), 'What got you into chess?');
    expect(step.lead).toMatch(/^Next step: pick one of these times/);
    expect(step.times).toHaveLength(3);
    for (const time of step.times) expect(time.calendarLinks[0]!.url).toContain('details=A+first+chat');
  });

  it('tells people what to do when no time can be suggested', () => {
    expect(nextStep({ ok: false, code: 'meeting.no_time_zones' }, '').lead).toMatch(
      /reply here with two times/,
    );
    expect(nextStep({ ok: false, code: 'meeting.no_shared_daytime' }, '').lead).toMatch(/voice notes/);
    expect(nextStep(undefined, '').times).toEqual([]);
  });
});
