/**
 * Deterministic Slack-looking identifiers and message timestamps for the fake.
 *
 * Slack ids are a type letter plus upper-case base-36 (`D069C7QFK`, `C1H9RESGL`); message
 * timestamps are `seconds.micros` strings that double as message ids, so they must be unique
 * and increasing within a workspace (`1503435956.000247`).
 */
export interface IdSource {
  /** A fresh id such as `D00000001A` for the given type letter(s). */
  next(prefix: string): string;
  /** A fresh, strictly increasing message timestamp such as `1700000000.000001`. */
  ts(): string;
}

export function createIdSource(now: () => number = Date.now): IdSource {
  let counter = 0;
  let lastMicros = 0;
  return {
    next(prefix) {
      counter += 1;
      return prefix + counter.toString(36).toUpperCase().padStart(9, '0');
    },
    ts() {
      // Two messages posted in the same millisecond still get distinct ts values.
      lastMicros = Math.max(Math.floor(now() * 1000), lastMicros + 1);
      const seconds = Math.floor(lastMicros / 1_000_000);
      const micros = String(lastMicros % 1_000_000).padStart(6, '0');
      return `${seconds}.${micros}`;
    },
  };
}

/** `true` for a string shaped like a Slack message timestamp. */
export function isSlackTs(value: string): boolean {
  return /^\d{10}\.\d{6}$/.test(value);
}
