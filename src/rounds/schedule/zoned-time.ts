/** A wall-clock time in some zone, to the minute; month is 1-12. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock time at `instant` in `zone`. */
export function localTime(instant: Date, zone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(instant))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    hour: parts['hour']!,
    minute: parts['minute']!,
  };
}

const asUtc = (t: LocalTime): number => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
const offsetMs = (instant: number, zone: string): number =>
  asUtc(localTime(new Date(instant), zone)) - instant;

/**
 * The instant a wall-clock time happens in `zone`. A time that happens twice (clocks go
 * back) is its first occurrence; a time that never happens (clocks go forward) is moved
 * past the gap by the length of the gap, as cron daemons do (02:30 becomes 03:30).
 */
export function zonedInstant(t: LocalTime, zone: string): Date {
  const wall = asUtc(t);
  const DAY = 86_400_000;
  // Offsets a day either side bracket any single transition near this time.
  const candidates = [wall - offsetMs(wall - DAY, zone), wall - offsetMs(wall + DAY, zone)].sort(
    (a, b) => a - b,
  );
  for (const instant of candidates)
    if (asUtc(localTime(new Date(instant), zone)) === wall) return new Date(instant);
  return new Date(wall - offsetMs(wall - DAY, zone));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-11-30T10:00`: how a round's period is keyed. */
export function formatLocalTime(t: LocalTime): string {
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}
