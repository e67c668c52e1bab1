import { utcOffsetMinutes } from '../matching/utc-offset-minutes.ts';

/** One suggested time: an instant and how long, plus how it reads in each member's zone. */
export interface MeetingSlot {
  start: Date;
  minutes: number;
  /** One entry per distinct zone, in the order members were given: "Tue 8 Dec, 10:00 (New York)". */
  local: string[];
}

export type MeetingSuggestion =
  | { ok: true; slots: MeetingSlot[] }
  /** `no_time_zones`: nobody's zone is known; `no_shared_daytime`: no hour is daytime for all. */
  | { ok: false; code: 'meeting.no_time_zones' | 'meeting.no_shared_daytime' };

export interface MeetingOptions {
  /** How many times to offer (default 3), each on a different day. */
  count?: number;
  /** How far ahead to look, in days (default 7); suggestions start the next day. */
  days?: number;
  /** Local daytime as hours [from, to) (default 9-20): the whole meeting fits inside. */
  daytime?: readonly [number, number];
  minutes?: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function zoneLabel(zone: string): string {
  return zone === 'UTC' ? 'UTC' : (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localText(zone: string, at: Date): string {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, formatter);
  }
  const parts = formatter.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}, ${part('hour')}:${part('minute')} (${zoneLabel(zone)})`;
}

/**
 * Two or three concrete times in the coming week that fall inside everyone's daytime, from
 * the members' IANA zones (unknown or invalid ones are ignored). Each is on a different
 * day, at the hour closest to everyone's early afternoon. Pure: `now` is injected.
 */
export function suggestMeetingTimes(
  zones: ReadonlyArray<string | null | undefined>,
  now: Date,
  options: MeetingOptions = {},
): MeetingSuggestion {
  const { count = 3, days = 7, daytime = [9, 20], minutes = 30 } = options;
  const known = [...new Set(zones.filter((z): z is string => !!z && utcOffsetMinutes(z, now) !== null))];
  if (known.length === 0) return { ok: false, code: 'meeting.no_time_zones' };
  const middle = (daytime[0] + daytime[1]) / 2 - 1;
  // Whole UTC hours from tomorrow on; within a day keep the hour that suits the worst-off best.
  const first = Math.ceil((now.getTime() + DAY) / HOUR) * HOUR;
  const best = new Map<number, { at: number; cost: number }>();
  // Offsets are looked up once a day and again only on a day when they change (daylight saving).
  const steady = known.map((zone) =>
    Array.from({ length: days + 1 }, (_, d) => {
      const morning = utcOffsetMinutes(zone, new Date(first + d * DAY))!;
      return morning === utcOffsetMinutes(zone, new Date(first + (d + 1) * DAY - 1)) ? morning : null;
    }),
  );
  const offsetAt = (z: number, at: number): number =>
    steady[z]![Math.floor((at - first) / DAY)] ?? utcOffsetMinutes(known[z]!, new Date(at))!;
  for (let at = first; at < first + days * DAY; at += HOUR) {
    let cost = 0;
    let fits = true;
    for (let z = 0; z < known.length; z++) {
      const offset = offsetAt(z, at);
      const localMinutes = (((at / 60_000 + offset) % 1440) + 1440) % 1440;
      if (localMinutes < daytime[0] * 60 || localMinutes + minutes > daytime[1] * 60) fits = false;
      cost = Math.max(cost, Math.abs(localMinutes / 60 - middle));
    }
    if (!fits) continue;
    const day = Math.floor((at - first) / DAY);
    const current = best.get(day);
    if (current === undefined || cost < current.cost) best.set(day, { at, cost });
  }
  if (best.size === 0) return { ok: false, code: 'meeting.no_shared_daytime' };
  // Spread the offers over the week rather than three days in a row when there is room.
  const dayList = [...best.keys()].sort((a, b) => a - b);
  const step = Math.max(1, Math.floor(dayList.length / count));
  const chosen = dayList.filter((_, i) => i % step === 0).slice(0, count);
  return {
    ok: true,
    slots: chosen.map((day) => {
      const start = new Date(best.get(day)!.at);
      return { start, minutes, local: known.map((zone) => localText(zone, start)) };
    }),
  };
}
