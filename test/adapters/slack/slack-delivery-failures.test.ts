import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliveryWorker, type DeliveryWorker } from '../../../src/rounds/delivery/delivery-worker.ts';
import { DRIVERS } from '../../support/test-db.ts';
import { startSlackHarness, type SlackHarness } from './support/slack-harness.ts';

const ADMIN = 'U0ADMIN01';
const ERIN = 'U0ERIN001';
const FRANK = 'U0FRANK01';

/**
 * The outbox drained by hand (no scheduler, nobody woken), so a test can change the
 * workspace between planning a round and delivering it.
 */
describe.each(DRIVERS)('Slack delivery failures through the outbox on %s', (driver) => {
  let h: SlackHarness;
  let worker: DeliveryWorker;
  let minutesAhead = 0;
  beforeAll(async () => {
    h = await startSlackHarness({
      driver,
      clock: () => new Date(Date.now() + minutesAhead * 60_000),
      users: [
        { id: ADMIN, name: 'admin', is_owner: true },
        { id: ERIN, name: 'erin' },
        { id: FRANK, name: 'frank' },
      ],
      services: (runtime) => {
        worker = createDeliveryWorker({
          db: runtime.db,
          platforms: runtime.platforms,
          clock: runtime.clock,
          log: runtime.log,
        });
        return [];
      },
    });
    for (const user of [ERIN, FRANK]) {
      await h.intro(user, 'join');
      await h.intro(user, 'hobbies rock climbing, chess');
    }
  });
  afterAll(() => h?.stop());

  const round = async () => {
    const asked = await h.intro(ADMIN, 'admin round');
    await waitFor(() => h.fake.responsesTo(asked.responseUrl).length > 0);
    return JSON.stringify(h.fake.responsesTo(asked.responseUrl)[0]?.body);
  };
  const intros = async () =>
    (
      await h.runtime.db.query<{ status: string; reason: string | null }>(
        'SELECT status, failure_reason AS reason FROM intros ORDER BY id',
      )
    ).rows;

  it('GIVEN chat.postMessage answers 429 with Retry-After THEN the outbox reschedules and the intro is posted exactly once', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 });

    expect(await round()).toContain('Round started: 1 introduction');
    await worker.drain();

    const dm = h.fake.workspace.findDirect([ERIN, FRANK])!;
    expect(h.fake.workspace.messagesIn(dm.id)).toHaveLength(1);
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(await intros()).toEqual([{ status: 'sent', reason: null }]);
    const outbox = await h.runtime.db.query<{ attempts: number; status: string }>(
      `SELECT attempts, status FROM outbox WHERE kind = 'intro'`,
    );
    // A rate limit is not a failed attempt.
    expect(outbox.rows).toEqual([{ attempts: 0, status: 'sent' }]);
  });

  it('GIVEN a member deactivated between planning and delivery THEN the intro fails as user_gone and the partner is told', async () => {
    // A minute later (an admin's rounds are keyed by the minute), and the pair, who met
    // last round, may meet again.
    minutesAhead = 1;
    await h.runtime.db.query('UPDATE communities SET cooldown_rounds = 0');
    const planned = await round();
    expect(planned).toContain('Round started: 1 introduction');
    h.fake.workspace.deactivateUser(FRANK);

    await worker.drain();

    expect((await intros())[1]).toEqual({ status: 'failed', reason: 'user_gone' });
    const erinDm = h.fake.workspace.findDirect([ERIN])!;
    const notice = h.fake.workspace.messagesIn(erinDm.id).at(-1);
    expect(notice?.text).toContain('could not be delivered to the person we matched you with');
    expect(h.fake.callsTo('conversations.open').at(-2)?.response).toMatchObject({ error: 'user_disabled' });
    // users.info: deactivated and unknown users are no longer members.
    const slack = h.runtime.platforms.get('slack')!;
    expect(await slack.activeMembers('T0KINDRED', [ERIN, FRANK, 'U0NOBODY1'])).toEqual(new Set([ERIN]));
  });

  it('GIVEN account_inactive while every recipient is active THEN it is the bot’s token: the intro fails as token_revoked', async () => {
    h.fake.workspace.users.get(FRANK)!.deleted = false;
    minutesAhead = 2;
    expect(await round()).toContain('Round started: 1 introduction');
    h.fake.failNext('conversations.open', { error: 'account_inactive' });

    await worker.drain();

    expect((await intros())[2]).toEqual({ status: 'failed', reason: 'token_revoked' });
  });

  it('GIVEN chat.postMessage took effect but its answer was lost THEN the retry finds the post by its nonce and does not post again', async () => {
    minutesAhead = 3;
    expect(await round()).toContain('Round started: 1 introduction');
    const dm = h.fake.workspace.findDirect([ERIN, FRANK])!;
    const before = h.fake.workspace.messagesIn(dm.id).length;
    h.fake.failNext('chat.postMessage', { status: 500, applied: true });

    await worker.drain();
    expect(h.fake.workspace.messagesIn(dm.id)).toHaveLength(before + 1);
    expect((await intros())[3]).toEqual({ status: 'pending', reason: null });

    // The retry's backoff has passed.
    minutesAhead = 20;
    await worker.drain();

    const posted = h.fake.workspace.messagesIn(dm.id);
    expect(posted).toHaveLength(before + 1);
    expect(h.fake.callsTo('conversations.history').at(-1)?.args).toMatchObject({ channel: dm.id });
    expect((await intros())[3]).toEqual({ status: 'sent', reason: null });
    const where = await h.runtime.db.query<{ messageId: string }>(
      `SELECT message_id AS "messageId" FROM intro_messages m JOIN intros i ON i.id = m.intro_id
       ORDER BY i.id DESC LIMIT 1`,
    );
    expect(where.rows).toEqual([{ messageId: posted.at(-1)!.ts }]);
  });

  it('GIVEN a first attempt that never reached Slack THEN the retry looks, finds nothing and posts once', async () => {
    minutesAhead = 30;
    expect(await round()).toContain('Round started: 1 introduction');
    const dm = h.fake.workspace.findDirect([ERIN, FRANK])!;
    const before = h.fake.workspace.messagesIn(dm.id).length;
    h.fake.failNext('chat.postMessage', { status: 500 });
    await worker.drain();
    minutesAhead = 50;
    await worker.drain();
    expect(h.fake.workspace.messagesIn(dm.id)).toHaveLength(before + 1);
    expect((await intros())[4]).toEqual({ status: 'sent', reason: null });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
