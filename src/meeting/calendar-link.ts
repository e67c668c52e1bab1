import type { MeetingSlot } from './suggest-meeting-times.ts';

const stamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * A Google Calendar "template" link that opens a new event with the time and title filled
 * in: the member adds it to their own calendar, and Kindred needs no calendar access.
 */
export function googleCalendarLink(slot: MeetingSlot, title: string, details: string): string {
  const end = new Date(slot.start.getTime() + slot.minutes * 60_000);
  const query = new URLSearchParams({
    action: 'TEMPLATE',
    text: title,
    dates: `${stamp(slot.start)}/${stamp(end)}`,
    details,
  });
  return `https://calendar.google.com/calendar/render?${query.toString()}`;
}

/** The same event as an iCalendar file (RFC 5545), for Apple Calendar, Outlook and the rest. */
export function icsEvent(slot: MeetingSlot, title: string, details: string, uid: string, now: Date): string {
  const end = new Date(slot.start.getTime() + slot.minutes * 60_000);
  // Text values escape backslash, semicolon and comma, and newlines become "\n".
  const text = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kindred//Introductions//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(slot.start)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${text(title)}`,
    `DESCRIPTION:${text(details)}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
