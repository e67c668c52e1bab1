import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoundServices } from '../../../src/rounds/create-round-services.ts';
import type { SchedulerService } from '../../../src/rounds/schedule/scheduler-service.ts';
import { blockActions, eventCallback, reactionAdded } from '../../fakes/slack/signed-requests.ts';
import type { FakeMessage } from '../../fakes/slack/workspace.ts';
import { DRIVERS } from '../../support/test-db.ts';
import { startSlackHarness, TEAM, until, type SlackHarness } from './support/slack-harness.ts';

const ALICE = 'U0ALICE01';
const BOB = 'U0BOB0001';

describe.each(DRIVERS)('STORY on %s: how an intro went is asked of each member privately', (driver) => {
  let h: SlackHarness;
  let scheduler: SchedulerService;
  beforeAll(async () => {
    h = await startSlackHarness({
      driver,
      users: [
        { id: ALICE, name: 'alice', is_admin: true },
        { id: BOB, name: 'bob' },
      ],
      // The scheduler ticks when the test says so (as its every-minute cron would).
      services: (runtime) => {
        const services = createRoundServices(runtime, { worker: { pollMs: 50 }, cron: '0 0 1 1 *' });
        scheduler = services.find((s) => s.name === 'scheduler') as SchedulerService;
        return services;
      },
    });
  });
  afterAll(() => h?.stop());

  const groupMessage = () => {
    const dm = h.fake.workspace.findDirect([ALICE, BOB]);
    return dm ? h.fake.workspace.messagesIn(dm.id) : [];
  };
  const askOf = (user: string): FakeMessage | undefined => {
    const dm = h.fake.workspace.findDirect([user]);
    return dm ? h.fake.workspace.messagesIn(dm.id)[0] : undefined;
  };
  const click = async (user: string, ask: FakeMessage, answer: string, introId: number) => {
    const responseUrl = h.fake.responseUrl(undefined, { channel: ask.channel, ts: ask.ts });
    const res = await h.post(
      blockActions({
        teamId: TEAM,
        userId: user,
        responseUrl,
        message: { channelId: ask.channel, ts: ask.ts, text: ask.text, blocks: ask.blocks },
        actions: [
          { action_id: `kindred_feedback_${answer}`, block_id: 'kindred_ask', value: String(introId) },
        ],
      }),
    );
    expect(res.status).toBe(200);
    return h.fake.responsesTo(responseUrl).map((r) => r.body);
  };
  const answers = async () =>
    (
      await h.runtime.db.query<{ user: string; answer: string; source: string }>(
        `SELECT m.platform_user_id AS "user", f.answer, f.source FROM feedback f JOIN members m ON m.id = f.member_id
         ORDER BY m.platform_user_id`,
      )
    ).rows;
  const introId = async () => (await h.runtime.db.query<{ id: number }>('SELECT id FROM intros')).rows[0]!.id;

  it('GIVEN a round THEN the group DM introduces the pair with no judgement reactions on it', async () => {
    for (const user of [ALICE, BOB]) {
      await h.intro(user, 'join');
      expect((await h.intro(user, 'hobbies chess, cycling')).body.text).toContain('Saved your hobbies');
    }
    await h.intro(ALICE, 'admin round');
    await until(() => groupMessage().length > 0);

    const [intro] = groupMessage();
    expect(intro!.text).toContain('chess');
    expect(JSON.stringify(intro!.blocks)).toContain('I will ask each of you privately how it went');
    expect(JSON.stringify(intro!.blocks)).not.toMatch(/felt genuine|felt transactional|:handshake:/);
    expect(intro!.reactions).toEqual([]);
    expect(h.fake.callsTo('reactions.add')).toEqual([]);
  });

  it('GIVEN the next tick THEN each member is asked in their own DM, naming only the partner, with three buttons', async () => {
    await scheduler.tick();
    await until(() => askOf(ALICE) !== undefined && askOf(BOB) !== undefined);

    for (const [user, partner] of [
      [ALICE, BOB],
      [BOB, ALICE],
    ] as const) {
      const ask = askOf(user)!;
      expect(h.fake.workspace.findDirect([user])?.kind).toBe('im');
      expect(ask.text).toContain(`I have just introduced you to <@${partner}>`);
      expect(ask.text).toContain('the people you met never see it');
      expect(ask.text).not.toContain(`<@${user}>`);
      const actions = ask.blocks?.find((b) => (b as { type: string }).type === 'actions');
      expect(actions).toMatchObject({
        block_id: 'kindred_ask',
        elements: [
          { action_id: 'kindred_feedback_genuine' },
          { action_id: 'kindred_feedback_transactional' },
          { action_id: 'kindred_feedback_no_show' },
        ],
      });
    }
    // A second tick asks nobody twice.
    await scheduler.tick();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(3);
  });

  it('GIVEN a button in one DM and a reaction in the other THEN both are recorded, the button costing no API call', async () => {
    const id = await introId();
    const callsBefore = h.fake.calls.length;

    const replies = await click(ALICE, askOf(ALICE)!, 'genuine', id);
    expect(h.fake.calls.length).toBe(callsBefore);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ replace_original: true });
    // The ask is redrawn in place with the answer noted, its buttons kept to change it.
    const redrawn = JSON.stringify(askOf(ALICE)!.blocks);
    expect(redrawn).toContain('Noted, privately: :handshake: felt genuine');
    expect(redrawn).toContain('kindred_feedback_no_show');

    const bobsAsk = askOf(BOB)!;
    const reacted = eventCallback({
      teamId: TEAM,
      event: h.fake.workspace.react(BOB, bobsAsk.channel, bobsAsk.ts, 'neutral_face'),
    });
    expect((await h.post(reacted)).status).toBe(200);

    expect(await answers()).toEqual([
      { user: ALICE, answer: 'genuine', source: 'button' },
      { user: BOB, answer: 'transactional', source: 'reaction' },
    ]);
  });

  it('GIVEN a changed mind THEN the new button replaces the answer and the one noted line', async () => {
    const id = await introId();
    await click(ALICE, askOf(ALICE)!, 'no_show', id);

    const lines = JSON.stringify(askOf(ALICE)!.blocks).match(/Noted, privately/g);
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(askOf(ALICE)!.blocks)).toContain(":no_entry_sign: we didn't meet");
    expect((await answers()).find((a) => a.user === ALICE)).toEqual({
      user: ALICE,
      answer: 'no_show',
      source: 'button',
    });
  });

  it('GIVEN those answers THEN the partner sees nothing of them, and cannot answer on the other’s ask', async () => {
    const alicesAsk = askOf(ALICE)!;
    // A reaction on Alice's DM message in Bob's name (a forged or misrouted event) is not his answer.
    const forged = reactionAdded({
      user: BOB,
      reaction: 'handshake',
      channel: alicesAsk.channel,
      ts: alicesAsk.ts,
      itemUser: alicesAsk.user,
    });
    expect((await h.post(eventCallback({ teamId: TEAM, event: forged }))).status).toBe(200);
    expect((await answers()).find((a) => a.user === BOB)?.answer).toBe('transactional');
    // A button naming an intro he is not in is refused to him alone, changing nothing.
    const refused = await click(BOB, askOf(BOB)!, 'genuine', 999_999);
    expect(refused).toEqual([
      {
        response_type: 'ephemeral',
        replace_original: false,
        text: 'I could not record that answer: this introduction is no longer open to you.',
      },
    ]);
    expect((await answers()).find((a) => a.user === BOB)?.answer).toBe('transactional');

    // Nothing reached the group DM or Bob's DM: one intro, one ask each, nothing edited.
    expect(groupMessage()).toHaveLength(1);
    expect(groupMessage()[0]!.reactions).toEqual([]);
    expect(h.fake.workspace.messagesIn(askOf(BOB)!.channel)).toHaveLength(1);
    expect(JSON.stringify(askOf(BOB)!.blocks)).not.toContain('Noted');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(3);
    // The pair cost three conversations.open (the group DM, two DMs) and no reactions.add.
    expect(h.fake.callsTo('conversations.open')).toHaveLength(3);
    expect(h.fake.callsTo('chat.update')).toEqual([]);
    expect(h.fake.callsTo('chat.postEphemeral')).toEqual([]);
  });
});
