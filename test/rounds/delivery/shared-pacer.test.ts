import { describe, expect, it } from 'vitest';
import { createSharedPacer } from '../../../src/rounds/delivery/pacing/shared-pacer.ts';
import { DRIVERS, uniqueId, useTestDb } from '../../support/test-db.ts';

const TIER3 = { perMinute: 60, burst: 1 };

describe.each(DRIVERS)('the shared pacer on %s', (driver) => {
  const store = useTestDb(driver);
  const at = (ms: number) => () => new Date(Date.UTC(2026, 11, 2) + ms);

  it('GIVEN calls at one instant THEN each gets the next slot, one spacing apart', async () => {
    const key = uniqueId('k');
    const pacer = createSharedPacer({ db: store.db, now: at(0) });
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await pacer.reserve(key, TIER3, 60_000));
    expect(waits).toEqual([0, 1000, 2000, 3000].map((waitMs) => ({ ok: true, waitMs })));
  });

  it('GIVEN a burst allowance THEN that many go at once and the rest are paced', async () => {
    const key = uniqueId('k');
    const pacer = createSharedPacer({ db: store.db, now: at(0) });
    const waits = [];
    for (let i = 0; i < 5; i++)
      waits.push(
        ((await pacer.reserve(key, { perMinute: 60, burst: 3 }, 60_000)) as { waitMs: number }).waitMs,
      );
    expect(waits).toEqual([0, 0, 0, 1000, 2000]);
  });

  it('GIVEN two pacers on one database THEN they share one budget, as separate processes do', async () => {
    const key = uniqueId('k');
    const a = createSharedPacer({ db: store.db, now: at(0) });
    const b = createSharedPacer({ db: store.db, now: at(0) });
    const slots = await Promise.all([a, b, a, b].map((p) => p.reserve(key, TIER3, 60_000)));
    const waits = slots.map((s) => (s.ok ? s.waitMs : -1)).sort((x, y) => x - y);
    expect(waits).toEqual([0, 1000, 2000, 3000]);
  });

  it('GIVEN time passing THEN an idle key starts fresh and a slot too far away is refused with when to come back', async () => {
    const key = uniqueId('k');
    expect(await createSharedPacer({ db: store.db, now: at(0) }).reserve(key, TIER3, 60_000)).toEqual({
      ok: true,
      waitMs: 0,
    });
    expect(await createSharedPacer({ db: store.db, now: at(10_000) }).reserve(key, TIER3, 60_000)).toEqual({
      ok: true,
      waitMs: 0,
    });
    const later = createSharedPacer({ db: store.db, now: at(10_000) });
    expect(await later.reserve(key, TIER3, 1_500)).toEqual({ ok: true, waitMs: 1000 });
    expect(await later.reserve(key, TIER3, 1_500)).toEqual({ ok: false, retryAfterMs: 2000 });
  });

  it('GIVEN an optional call THEN it goes only when a slot is free now', async () => {
    const key = uniqueId('k');
    const pacer = createSharedPacer({ db: store.db, now: at(0) });
    const optional = { ...TIER3, optional: true };
    expect(await pacer.reserve(key, optional, 60_000)).toEqual({ ok: true, waitMs: 0 });
    expect((await pacer.reserve(key, optional, 60_000)).ok).toBe(false);
  });

  it('GIVEN a 429 with Retry-After THEN nobody gets a slot before it and prune forgets idle keys', async () => {
    const key = uniqueId('k');
    const pacer = createSharedPacer({ db: store.db, now: at(0) });
    await pacer.holdOff(key, TIER3, 30_000);
    expect(await pacer.reserve(key, TIER3, 60_000)).toEqual({ ok: true, waitMs: 30_000 });
    expect(
      await createSharedPacer({ db: store.db, now: at(3_600_000) }).prune(60_000),
    ).toBeGreaterThanOrEqual(1);
  });
});
