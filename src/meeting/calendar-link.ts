import type { MeetingSlot } from './suggest-meeting-times.ts';

/** A link that opens a prefilled event in someone's own calendar. */
export interface CalendarLink {
  label: string;
  url: string;
}

const stamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const endOf = (slot: MeetingSlot): Date => new Date(slot.start.getTime() + slot.minutes * 60_000);

/**
 * "Add to calendar" links for one suggested time: Google Calendar's event template and
 * Outlook's compose deeplink. Each opens a new event with the time, title and details
 * filled in; the member saves it to their own calendar, so Kindred needs no calendar access.
 */
export function calendarLinks(slot: MeetingSlot, title: string, details: string): CalendarLink[] {
  const google = new URLSearchParams({
    action: 'TEMPLATE',
    text: title,
    dates: `${stamp(slot.start)}/${stamp(endOf(slot))}`,
    details,
  });
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: title,
    startdt: slot.start.toISOString(),
    enddt: endOf(slot).toISOString(),
    body: details,
  });
  return [
    { label: 'Google', url: `https://calendar.google.com/calendar/render?${google.toString()}` },
    { label: 'Outlook', url: `https://outlook.live.com/calendar/0/deeplink/compose?${outlook.toString()}` },
  ];
}
