import { calendarLinks, type CalendarLink } from './calendar-link.ts';
import type { MeetingSuggestion } from './suggest-meeting-times.ts';

/** The concrete next step of an intro, for an adapter to lay out with its own link syntax. */
export interface NextStep {
  lead: string;
  /** Each suggested time as people in the group read it, with a calendar link. */
  times: Array<{ text: string; calendarLinks: CalendarLink[] }>;
}

const TITLE = 'Kindred introduction';

/** Turns suggested times (or why there are none) into a next step people can act on. */
export function nextStep(meeting: MeetingSuggestion | undefined, icebreaker: string): NextStep {
  if (meeting === undefined || (!meeting.ok && meeting.code === 'meeting.no_time_zones')) {
    return {
      lead: 'Next step: each of you reply here with two times that suit you this week; the first time that works for everyone wins.',
      times: [],
    };
  }
  if (!meeting.ok) {
    return {
      lead: 'Next step: your days barely overlap, so no hour falls in everyone’s daytime. Offer a time at the edge of your day, or start by trading voice notes here.',
      times: [],
    };
  }
  const details = `A first chat, suggested by Kindred. To start: ${icebreaker}`;
  return {
    lead: `Next step: pick one of these times for a ${meeting.slots[0]?.minutes ?? 30}-minute call or coffee (or offer your own), then add it to your calendar:`,
    times: meeting.slots.map((slot) => ({
      text: slot.local.join(' · '),
      calendarLinks: calendarLinks(slot, TITLE, details),
    })),
  };
}
