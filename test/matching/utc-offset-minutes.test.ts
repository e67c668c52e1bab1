import { describe, expect, it } from 'vitest';
import { utcOffsetMinutes } from '../../src/matching/utc-offset-minutes.ts';

describe('utcOffsetMinutes', () => {
  const winter = new Date('2026-01-15T12:00:00Z');
  const summer = new Date('2026-07-15T12:00:00Z');

  it('reads the offset of a zone at the given instant, daylight saving included', () => {
    expect(utcOffsetMinutes('America/New_York', winter)).toBe(-300);
    expect(utcOffsetMinutes('America/New_York', summer)).toBe(-240);
    expect(utcOffsetMinutes('Europe/London', winter)).toBe(0);
    expect(utcOffsetMinutes('Asia/Kolkata', winter)).toBe(330);
    expect(utcOffsetMinutes('UTC', summer)).toBe(0);
  });

  it('returns null for an unknown zone', () => {
    expect(utcOffsetMinutes('Mars/Olympus', winter)).toBeNull();
  });
});
