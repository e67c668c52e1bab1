import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACK_DEADLINE_MS } from '../../../adapters/slack/listeners/commands.ts';
import { DRIVERS } from '../../support/test-db.ts';
import { startSlackHarness, until, type SlackHarness } from './support/slack-harness.ts';

const ALICE = 'U0ALICE01';
// Long enough that a loaded machine cannot make the request arrive after the lock is gone.
const HOLD_MS = ACK_DEADLINE_MS + 5_000;

describe.each(DRIVERS)('Slack /intro while the database is busy, on %s', (driver) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ driver, users: [{ id: ALICE, name: 'alice' }] });
    expect((await h.intro(ALICE, 'join')).body.text).toContain("You're in!");
  });
  afterAll(() => h?.stop());

  it('GIVEN a transaction holding the members table THEN the ack still comes within the deadline and the reply follows via response_url', async () => {
    // Delivery on the embedded database holds its one connection; a lock stands in for it on both drivers.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const locked = new Promise<void>((resolve) => {
      void h.runtime.db.transaction(async (tx) => {
        await tx.query('LOCK TABLE members IN ACCESS EXCLUSIVE MODE');
        resolve();
        await held;
      });
    });
    await locked;
    const timer = setTimeout(release, HOLD_MS);
    try {
      const started = Date.now();
      const reply = await h.intro(ALICE, 'pause 2w');
      const ackMs = Date.now() - started;
      expect(reply.status).toBe(200);
      expect(reply.body.text, `ack after ${ackMs} ms`).toBe('Working on it…');
      expect(ackMs).toBeLessThan(HOLD_MS);
      await until(() => h.fake.responsesTo(reply.responseUrl).length > 0, 10_000);
      const late = h.fake.responsesTo(reply.responseUrl)[0]?.body as {
        text?: string;
        response_type?: string;
      };
      expect(late.response_type).toBe('ephemeral');
      expect(late.text).toMatch(/paus/i);
    } finally {
      clearTimeout(timer);
      release();
    }
  }, 30_000);

  it('GIVEN a free database THEN the reply is in the ack itself', async () => {
    const reply = await h.intro(ALICE, 'resume');
    expect(reply.body.text).not.toBe('Working on it…');
    expect(h.fake.responsesTo(reply.responseUrl)).toEqual([]);
  });
});
