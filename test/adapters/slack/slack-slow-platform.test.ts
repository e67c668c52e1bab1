import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoundServices } from '../../../src/rounds/create-round-services.ts';
import { DRIVERS } from '../../support/test-db.ts';
import { startSlackHarness, until, type SlackHarness } from './support/slack-harness.ts';

const ADMIN = 'U0ADMIN01';
const USERS = Array.from({ length: 24 }, (_, i) => `U0MEMBER${String(i).padStart(2, '0')}`);
const SLACK_DEADLINE_MS = 3_000;

describe.each(DRIVERS)('a slow Slack while a round delivers, on %s', (driver) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({
      driver,
      users: [
        { id: ADMIN, name: 'admin', is_admin: true },
        ...USERS.map((id) => ({ id, name: id.toLowerCase() })),
      ],
      admins: [ADMIN],
      services: (runtime) => createRoundServices(runtime, { worker: { pollMs: 50 } }),
    });
  }, 120_000);
  afterAll(() => h?.stop());

  it('GIVEN Slack answering in 2.5 s THEN 20 leave and pause commands sent mid-delivery are all answered within 3 s, and no intro to them starts afterwards', async () => {
    for (const user of USERS) {
      await h.intro(user, 'join');
      await h.intro(user, 'hobbies chess, hiking');
    }
    h.fake.setLatency('*', 2_500);
    const round = await h.intro(ADMIN, 'admin round');
    expect(round.body.text).toBe('Working on it…');
    // Delivery is under way once the first conversation is being opened.
    await until(() => h.fake.callsTo('conversations.open').length > 0, 30_000);

    const leaving = USERS.slice(4);
    const answers = await Promise.all(
      leaving.map(async (user, i) => {
        const started = Date.now();
        const reply = await h.intro(user, i % 2 === 0 ? 'leave' : 'pause');
        return { user, reply, tookMs: Date.now() - started, answeredAt: Date.now() };
      }),
    );
    for (const { reply, tookMs } of answers) {
      expect(reply.status).toBe(200);
      expect(reply.body.response_type).toBe('ephemeral');
      expect(tookMs).toBeLessThan(SLACK_DEADLINE_MS);
    }

    await until(async () => {
      const { rows } = await h.runtime.db.query(
        `SELECT 1 FROM outbox WHERE kind = 'intro' AND status IN ('pending', 'sending')`,
      );
      return rows.length === 0;
    }, 90_000);
    const opens = h.fake.callsTo('conversations.open');
    for (const { user, answeredAt } of answers) {
      const late = opens.filter(
        (c) => String(c.args['users']).split(',').includes(user) && c.receivedAt > answeredAt,
      );
      expect(late).toEqual([]);
    }
    // The intros of members who stayed still went out.
    const { rows } = await h.runtime.db.query<{ status: string }>(`SELECT status FROM intros`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => ['sent', 'cancelled'].includes(r.status))).toBe(true);
  }, 180_000);
});
