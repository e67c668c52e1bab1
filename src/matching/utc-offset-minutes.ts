const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      // An unknown zone is a data problem the caller reports elsewhere; here it just means "unknown".
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The UTC offset of an IANA zone at the given instant, in minutes east of UTC, or null when
 * the zone is unknown. The instant is a parameter so pure code never reads the clock and
 * results do not move with daylight saving between runs of a test.
 */
export function utcOffsetMinutes(zone: string, at: Date): number | null {
  const formatter = formatterFor(zone);
  if (formatter === null) return null;
  const name = formatter.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
  if (match === null) return null;
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}
