import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoundServices } from '../../../src/rounds/create-round-services.ts';
import {
  blockActions,
  eventCallback,
  reactionAdded,
  slashCommand,
} from '../../fakes/slack/signed-requests.ts';
import { DRIVERS } from '../../support/test-db.ts';
import { startSlackHarness, TEAM, until, type SlackHarness } from './support/slack-harness.ts';

const ALICE = 'U0ALICE01';
const BOB = 'U0BOB0001';

describe.each(DRIVERS)('Slack Socket Mode inbox on %s', (driver) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({
      driver,
      socketMode: true,
      users: [
        { id: ALICE, name: 'alice', is_admin: true },
        { id: BOB, name: 'bob' },
      ],
      services: (runtime) => createRoundServices(runtime, { worker: { pollMs: 50 }, cron: '0 0 1 1 *' }),
      inbox: { pollMs: 50, retryDelayMs: () => 100, maxAttempts: 3 },
    });
    const intro = (user: string, text: string) =>
      h.fake.socket.send(
        'slash_commands',
        slashCommand({ teamId: TEAM, userId: user, text, responseUrl: h.fake.responseUrl() }).payload,
      );
    for (const user of [ALICE, BOB]) {
      await intro(user, 'join');
      await intro(user, 'hobbies chess');
    }
    await intro(ALICE, 'admin round');
    await until(() => groupMessage().length > 0);
  });
  afterAll(() => h?.stop());

  const groupMessage = () => {
    const dm = h.fake.workspace.findDirect([ALICE, BOB]);
    return dm ? h.fake.workspace.messagesIn(dm.id) : [];
  };
  const reaction = (user: string, name: string, eventId: string) => {
    const message = groupMessage()[0]!;
    return eventCallback({
      teamId: TEAM,
      eventId,
      event: reactionAdded({
        user,
        reaction: name,
        channel: message.channel,
        ts: message.ts,
        itemUser: message.user,
      }),
    }).payload;
  };
  const feedbackOf = async (user: string) =>
    (
      await h.runtime.db.query<{ answer: string }>(
        `SELECT f.answer FROM feedback f JOIN members m ON m.id = f.member_id WHERE m.platform_user_id = $1`,
        [user],
      )
    ).rows;
  const inboxRow = async (eventId: string) =>
    (
      await h.runtime.db.query<{ attempts: number; outcome: string | null }>(
        'SELECT attempts, outcome FROM event_inbox WHERE event_id = $1',
        [eventId],
      )
    ).rows[0];

  it('GIVEN the database refuses the first attempt at a reaction THEN it is acked, retried from the inbox and recorded once', async () => {
    // A sequence is not rolled back with the failed transaction: only the first insert fails.
    await h.runtime.db.exec(`
      CREATE SEQUENCE refuse_feedback_seq;
      CREATE FUNCTION refuse_feedback_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('refuse_feedback_seq') = 1 THEN RAISE EXCEPTION 'feedback refused once'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_feedback_once BEFORE INSERT ON feedback
        FOR EACH ROW EXECUTE FUNCTION refuse_feedback_once();`);

    const ack = await h.fake.socket.send('events_api', reaction(ALICE, 'handshake', 'EvINBOXRETRY1'));
    expect(ack.envelope_id).toBeTruthy();

    await until(async () => (await inboxRow('EvINBOXRETRY1'))?.outcome === 'done');
    expect(await inboxRow('EvINBOXRETRY1')).toEqual({ attempts: 2, outcome: 'done' });
    expect(await feedbackOf(ALICE)).toEqual([{ answer: 'genuine' }]);
    await h.runtime.db.exec('DROP TRIGGER refuse_feedback_once ON feedback');
  });

  it('GIVEN the same envelope delivered twice THEN the reaction is recorded once', async () => {
    const body = reaction(BOB, 'neutral_face', 'EvINBOXDUP01');
    await h.fake.socket.send('events_api', body);
    await h.fake.socket.send('events_api', body, { retryAttempt: 1, retryReason: 'timeout' });

    // The ack only says the event is stored; it is processed from the inbox right after.
    await until(async () => (await inboxRow('EvINBOXDUP01'))?.outcome === 'done');
    expect(await feedbackOf(BOB)).toEqual([{ answer: 'transactional' }]);
    const marks = await h.runtime.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM processed_events WHERE platform = 'slack' AND event_id = 'EvINBOXDUP01'",
    );
    expect(marks.rows[0]?.n).toBe(1);
    expect(await inboxRow('EvINBOXDUP01')).toEqual({ attempts: 1, outcome: 'done' });
  });

  it('GIVEN a reaction that fails on every attempt THEN it is given up after the last one', async () => {
    await h.runtime.db.exec(`
      CREATE FUNCTION refuse_feedback_always() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'feedback refused'; END $$;
      CREATE TRIGGER refuse_feedback_always BEFORE INSERT OR UPDATE ON feedback
        FOR EACH ROW EXECUTE FUNCTION refuse_feedback_always();`);

    await h.fake.socket.send('events_api', reaction(ALICE, 'no_entry_sign', 'EvINBOXGIVEUP'));

    await until(async () => (await inboxRow('EvINBOXGIVEUP'))?.outcome === 'gave_up');
    expect(await inboxRow('EvINBOXGIVEUP')).toEqual({ attempts: 3, outcome: 'gave_up' });
    expect(await feedbackOf(ALICE)).toEqual([{ answer: 'genuine' }]);
    await h.runtime.db.exec('DROP TRIGGER refuse_feedback_always ON feedback');
  });

  it('GIVEN the database refuses the first attempt at a feedback click THEN it is retried from the inbox and recorded', async () => {
    await h.runtime.db.exec(`
      CREATE SEQUENCE refuse_click_seq;
      CREATE FUNCTION refuse_click_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('refuse_click_seq') = 1 THEN RAISE EXCEPTION 'feedback refused once'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_click_once BEFORE INSERT OR UPDATE ON feedback
        FOR EACH ROW EXECUTE FUNCTION refuse_click_once();`);
    const introId = (await h.runtime.db.query<{ id: number }>('SELECT id FROM intros')).rows[0]!.id;
    const message = groupMessage()[0]!;
    const click = blockActions({
      teamId: TEAM,
      userId: BOB,
      responseUrl: h.fake.responseUrl(undefined, { channel: message.channel, ts: message.ts }),
      message: { channelId: message.channel, ts: message.ts, text: message.text, blocks: message.blocks },
      actions: [{ action_id: 'kindred_feedback_genuine', block_id: 'kindred_nudge', value: String(introId) }],
    }).payload;

    await h.fake.socket.send('interactive', click);

    const key = `action:${BOB}:${(click as { actions: Array<{ action_ts: string }> }).actions[0]!.action_ts}`;
    await until(async () => (await inboxRow(key))?.outcome === 'done');
    expect(await inboxRow(key)).toEqual({ attempts: 2, outcome: 'done' });
    expect(await feedbackOf(BOB)).toEqual([{ answer: 'genuine' }]);
    await h.runtime.db.exec('DROP TRIGGER refuse_click_once ON feedback');
  });
});
