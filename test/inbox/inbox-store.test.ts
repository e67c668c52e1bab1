import { describe, expect, it } from 'vitest';
import { claimInboxEvents } from '../../src/inbox/claim-inbox-events.ts';
import { pruneInbox } from '../../src/inbox/prune-inbox.ts';
import { attemptInboxEvent, DEFAULT_INBOX_POLICY } from '../../src/inbox/retry-inbox-event.ts';
import { storeInboxEvent } from '../../src/inbox/store-inbox-event.ts';
import { silentLogger } from '../../src/log.ts';
import { introThreads, pruneIntroThreads } from '../../src/rounds/delivery/intro-threads.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';

const at = (iso: string) => new Date(iso);

describe.each(DRIVERS)('inbox and intro threads on %s', (driver) => {
  const store = useTestDb(driver);
  const policy = { ...DEFAULT_INBOX_POLICY, maxAttempts: 2, retryDelayMs: () => 60_000, leaseMs: 30_000 };
  const row = async (eventId: string) =>
    (
      await store.db.query<{ attempts: number; outcome: string | null; last_error: string | null }>(
        'SELECT attempts, outcome, last_error FROM event_inbox WHERE event_id = $1',
        [eventId],
      )
    ).rows[0];

  it('GIVEN an event stored twice THEN one row, due only once its lease has run out, claimed by one poll', async () => {
    const id = uniqueId('Ev');
    const now = at('2026-12-01T10:00:00Z');
    expect(await storeInboxEvent(store.db, 'slack', id, { n: 1 }, at('2026-12-01T10:00:30Z'))).toBe(true);
    expect(await storeInboxEvent(store.db, 'slack', id, { n: 2 }, at('2026-12-01T10:00:30Z'))).toBe(false);

    const mine = (events: { eventId: string }[]) => events.filter((e) => e.eventId === id);
    expect(mine(await claimInboxEvents(store.db, 'slack', now, { limit: 100, leaseMs: 30_000 }))).toEqual([]);
    const later = at('2026-12-01T10:01:00Z');
    const claimed = mine(await claimInboxEvents(store.db, 'slack', later, { limit: 100, leaseMs: 30_000 }));
    expect(claimed).toEqual([{ eventId: id, body: { n: 1 }, attempts: 0 }]);
    expect(mine(await claimInboxEvents(store.db, 'slack', later, { limit: 100, leaseMs: 30_000 }))).toEqual(
      [],
    );
  });

  it('GIVEN attempts that fail THEN retried until the last allowed one, then given up with its reason', async () => {
    const id = uniqueId('Ev');
    const deps = { db: store.db, clock: () => at('2026-12-01T11:00:00Z'), log: silentLogger(), policy };
    await storeInboxEvent(store.db, 'slack', id, {}, at('2026-12-01T11:00:00Z'));
    const failing = () => Promise.reject(new Error('database refused'));

    expect(await attemptInboxEvent(deps, 'slack', { eventId: id, attempts: 0 }, failing)).toBe('retry');
    expect(await row(id)).toEqual({ attempts: 1, outcome: null, last_error: 'Error: database refused' });
    expect(await attemptInboxEvent(deps, 'slack', { eventId: id, attempts: 1 }, failing)).toBe('gave_up');
    expect(await row(id)).toMatchObject({ attempts: 2, outcome: 'gave_up' });
    // Given up is final: a late success changes nothing.
    expect(await attemptInboxEvent(deps, 'slack', { eventId: id, attempts: 2 }, async () => {})).toBe('done');
    expect(await row(id)).toMatchObject({ attempts: 2, outcome: 'gave_up' });
  });

  it('GIVEN finished events past the retry window THEN pruned; pending ones are kept', async () => {
    const done = uniqueId('Ev');
    const pending = uniqueId('Ev');
    const deps = { db: store.db, clock: () => at('2026-12-01T12:00:00Z'), log: silentLogger(), policy };
    await storeInboxEvent(store.db, 'slack', done, {}, at('2026-12-01T12:00:00Z'));
    await storeInboxEvent(store.db, 'slack', pending, {}, at('2026-12-01T12:00:00Z'));
    await attemptInboxEvent(deps, 'slack', { eventId: done, attempts: 0 }, async () => {});

    await pruneInbox(store.db, at('2026-12-01T13:00:00Z'));
    expect(await row(done)).toMatchObject({ outcome: 'done' });
    await pruneInbox(store.db, at('2026-12-01T15:00:00Z'));
    expect(await row(done)).toBeUndefined();
    expect(await row(pending)).toMatchObject({ outcome: null });
  });

  it('GIVEN a thread remembered for a delivery THEN found for that channel only, until forgotten or pruned', async () => {
    const threads = introThreads(store.db);
    const nonce = uniqueId('intro:');
    await threads.remember(nonce, 'C1', 'T1');
    expect(await threads.find(nonce, 'C1')).toBe('T1');
    expect(await threads.find(nonce, 'C2')).toBeUndefined();
    await threads.forget(nonce);
    expect(await threads.find(nonce, 'C1')).toBeUndefined();

    await threads.remember(nonce, 'C1', 'T2');
    await pruneIntroThreads(store.db, new Date(Date.now() + 15 * 24 * 60 * 60_000));
    expect(await threads.find(nonce, 'C1')).toBeUndefined();
  });
});
