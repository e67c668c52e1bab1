import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoundServices } from '../../../src/rounds/create-round-services.ts';
import {
  blockActions,
  eventCallback,
  reactionAdded,
  viewSubmission,
} from '../../fakes/slack/signed-requests.ts';
import type { FakeMessage } from '../../fakes/slack/workspace.ts';
import { DRIVERS } from '../../support/test-db.ts';
import { startSlackHarness, TEAM, until, type SlackHarness } from './support/slack-harness.ts';

const ALICE = 'U0ALICE01';
const BOB = 'U0BOB0001';
const CAROL = 'U0CAROL01';
const DAN = 'U0DAN0001';

describe.each(DRIVERS)(
  'STORY on %s: four people join, an admin runs a round, they answer, stats count it',
  (driver) => {
    let h: SlackHarness;
    beforeAll(async () => {
      h = await startSlackHarness({
        driver,
        users: [
          { id: ALICE, name: 'alice', is_admin: true },
          { id: BOB, name: 'bob' },
          { id: CAROL, name: 'carol' },
          { id: DAN, name: 'dan' },
        ],
        services: (runtime) => createRoundServices(runtime, { worker: { pollMs: 50 } }),
      });
    });
    afterAll(() => h?.stop());

    /** The bot's message in the group DM of exactly these people. */
    const introFor = (...users: string[]): FakeMessage | undefined => {
      const dm = h.fake.workspace.findDirect(users);
      return dm ? h.fake.workspace.messagesIn(dm.id)[0] : undefined;
    };
    const react = (user: string, message: FakeMessage, emoji: string) =>
      h.post(
        eventCallback({
          teamId: TEAM,
          event: h.fake.workspace.react(user, message.channel, message.ts, emoji),
        }),
      );

    it('GIVEN four members who joined by form and by text THEN an admin round posts two group DMs to the right pairs', async () => {
      const viewsBefore = h.fake.workspace.views.size;
      await h.intro(ALICE, 'join');
      // The form opens right after the ack.
      await until(() => h.fake.workspace.views.size > viewsBefore);
      const form = [...h.fake.workspace.views.values()].at(-1)!;
      const saved = await h.post(
        viewSubmission({
          teamId: TEAM,
          userId: ALICE,
          view: { id: form.id, callback_id: 'kindred_profile' },
          values: {
            hobbies: { value: { type: 'plain_text_input', value: 'Chess, sourdough baking' } },
            volunteer: { value: { type: 'plain_text_input', value: null } },
            industry: { value: { type: 'plain_text_input', value: 'finance' } },
            timezone: { value: { type: 'plain_text_input', value: null } },
            cadence: {
              value: {
                type: 'static_select',
                selected_option: { text: { type: 'plain_text', text: 'w' }, value: 'weekly' },
              },
            },
          },
        }),
      );
      expect(saved.status).toBe(200);
      for (const [user, hobbies] of [
        [BOB, 'chess, cycling'],
        [CAROL, 'pottery, birdwatching'],
        [DAN, 'pottery, jazz'],
      ] as const) {
        expect((await h.intro(user, 'join')).body.response_type).toBe('ephemeral');
        expect((await h.intro(user, `hobbies ${hobbies}`)).body.text).toContain('Saved your hobbies');
      }

      const round = await h.intro(ALICE, 'admin round');
      expect(round.body).toEqual({ response_type: 'ephemeral', text: 'Working on it…' });
      await until(() => h.fake.responsesTo(round.responseUrl).length > 0);
      expect(h.fake.responsesTo(round.responseUrl)[0]?.body).toMatchObject({
        response_type: 'ephemeral',
        text: expect.stringContaining('Round started: 2 introductions'),
      });

      await until(() => introFor(ALICE, BOB) !== undefined && introFor(CAROL, DAN) !== undefined);
      const chess = introFor(ALICE, BOB)!;
      const pottery = introFor(CAROL, DAN)!;
      expect(chess.text).toMatch(/<@U0ALICE01> and <@U0BOB0001>|<@U0BOB0001> and <@U0ALICE01>/);
      expect(chess.text).toContain('chess');
      expect(pottery.text).toContain('pottery');
      expect(h.fake.workspace.findDirect([ALICE, BOB])?.kind).toBe('mpim');
      // No judgement is asked in front of the partner: answers are asked in each member's own DM.
      expect(chess.reactions).toEqual([]);
      expect(pottery.reactions).toEqual([]);
      expect(h.fake.callsTo('reactions.add')).toEqual([]);
      expect(
        h.fake.workspace.messages.filter((m) => m.channel.startsWith('C') && m.channel !== 'C0GENERAL'),
      ).toHaveLength(2);
    });

    // Group messages sent before answers were asked privately carry the three reactions;
    // members' reactions there still count.
    it('GIVEN reactions on the group message, a retried event, a retraction, outsiders and other emoji THEN only members’ answers count, each event once', async () => {
      const chess = introFor(ALICE, BOB)!;
      const pottery = introFor(CAROL, DAN)!;

      // Alice reacts 🤝, takes it back, and Slack then redelivers the first event: the retry
      // must not bring the answer back.
      const first = eventCallback({
        teamId: TEAM,
        event: h.fake.workspace.react(ALICE, chess.channel, chess.ts, 'handshake'),
      });
      expect((await h.post(first)).status).toBe(200);
      const undo = eventCallback({
        teamId: TEAM,
        event: h.fake.workspace.unreact(ALICE, chess.channel, chess.ts, 'handshake'),
      });
      expect((await h.post(undo)).status).toBe(200);
      expect((await h.post(first, { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
      expect(await answers()).toEqual([]);

      expect((await react(ALICE, chess, 'handshake')).status).toBe(200);
      expect((await react(BOB, chess, 'neutral_face')).status).toBe(200);
      expect((await react(CAROL, pottery, 'no_entry_sign')).status).toBe(200);
      // Not an answer, and not someone in this intro: ignored.
      expect((await react(BOB, chess, 'tada')).status).toBe(200);
      const outsider = reactionAdded({
        user: DAN,
        reaction: 'handshake',
        channel: chess.channel,
        ts: chess.ts,
        itemUser: chess.user,
      });
      expect((await h.post(eventCallback({ teamId: TEAM, event: outsider }))).status).toBe(200);

      expect(await answers()).toEqual([
        { user: ALICE, answer: 'genuine', source: 'reaction' },
        { user: BOB, answer: 'transactional', source: 'reaction' },
        { user: CAROL, answer: 'no_show', source: 'reaction' },
      ]);
    });

    it('GIVEN the first delivery of a reaction fails THEN Slack gets a 500, and its redelivery is processed', async () => {
      const pottery = introFor(CAROL, DAN)!;
      const event = eventCallback({
        teamId: TEAM,
        event: h.fake.workspace.react(DAN, pottery.channel, pottery.ts, 'handshake'),
      });
      // The database refuses feedback for a moment, as if it had gone away mid-event.
      await h.runtime.db.query('ALTER TABLE feedback ADD CONSTRAINT story_outage CHECK (false) NOT VALID');
      const failed = await h.post(event);
      await h.runtime.db.query('ALTER TABLE feedback DROP CONSTRAINT story_outage');
      const retried = await h.post(event, { retryNum: 1, retryReason: 'http_error' });

      expect(failed.status).toBe(500);
      expect(retried.status).toBe(200);
      expect((await answers()).find((a) => a.user === DAN)).toEqual({
        user: DAN,
        answer: 'genuine',
        source: 'reaction',
      });
    });

    it('GIVEN a nudge button click THEN it records (or changes) the answer and replaces the buttons with thanks', async () => {
      const { rows } = await h.runtime.db.query<{ id: number }>(
        `SELECT i.id FROM intros i JOIN intro_members im ON im.intro_id = i.id JOIN members m ON m.id = im.member_id
       WHERE m.platform_user_id = $1`,
        [DAN],
      );
      const responseUrl = h.fake.responseUrl();
      const click = blockActions({
        teamId: TEAM,
        userId: DAN,
        responseUrl,
        message: { channelId: 'D0DAN', ts: '1700000000.000100' },
        actions: [
          {
            action_id: 'kindred_feedback_transactional',
            block_id: 'kindred_nudge',
            value: String(rows[0]!.id),
          },
        ],
      });

      expect((await h.post(click)).status).toBe(200);
      expect(h.fake.responsesTo(responseUrl).map((r) => r.body)).toEqual([
        { replace_original: true, text: 'Thanks! Noted: felt transactional.' },
      ]);
      expect((await answers()).find((a) => a.user === DAN)).toEqual({
        user: DAN,
        answer: 'transactional',
        source: 'button',
      });
    });

    it('GIVEN those answers THEN /intro admin stats counts them', async () => {
      const stats = await h.intro(ALICE, 'admin stats');

      expect(stats.body.response_type).toBe('ephemeral');
      expect(stats.body.text).toContain('Intros: 2 sent');
      expect(stats.body.text).toContain(
        "Feedback: 4 answers on 2 intros: 1 genuine, 2 transactional, 1 didn't meet.",
      );
      // The rate counts intros, as everywhere: one of the two answered intros felt genuine.
      expect(stats.body.text).toContain(
        'Genuine-connection rate: 50% (of the answered intros, the share where at least one member said it felt genuine).',
      );
    });

    async function answers() {
      const { rows } = await h.runtime.db.query<{ user: string; answer: string; source: string }>(
        `SELECT m.platform_user_id AS "user", f.answer, f.source FROM feedback f JOIN members m ON m.id = f.member_id
       ORDER BY m.platform_user_id`,
      );
      return rows;
    }
  },
);
