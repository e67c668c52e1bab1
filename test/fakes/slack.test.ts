import type { AddressInfo } from 'node:net';
import { App, LogLevel, type Logger } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './slack/fake-slack-api.ts';
import {
  blockActions,
  eventCallback,
  postSigned,
  slashCommand,
  urlVerification,
  viewSubmission,
} from './slack/signed-requests.ts';

const SECRET = 'kindred-test-signing-secret';
const TEAM = 'T0KINDRED';
const ALICE = 'U0ALICE01';
const BOB = 'U0BOB0001';
/** Fast retries: the client's default policy retries for about 30 minutes. */
const retryConfig = { retries: 2, minTimeout: 0, maxTimeout: 1 };

const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

let fake: FakeSlack;
let app: App | undefined;

beforeEach(async () => {
  // Start the fake before the App: Bolt calls auth.test from its constructor.
  fake = await startFakeSlack({
    teamId: TEAM,
    users: [
      { id: ALICE, name: 'alice', tz: 'America/Los_Angeles' },
      { id: BOB, name: 'bob' },
    ],
  });
});

afterEach(async () => {
  await app?.stop();
  app = undefined;
  await fake.stop();
});

/** A real Bolt App on the HTTP receiver, listening on a free loopback port. */
async function startHttpApp(register: (a: App) => void, logger?: Logger): Promise<string> {
  app = new App({
    token: fake.botToken,
    signingSecret: SECRET,
    processBeforeResponse: true,
    ...(logger ? { logger } : { logLevel: LogLevel.ERROR }),
    clientOptions: { slackApiUrl: fake.apiUrl, retryConfig },
  });
  register(app);
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
}

describe('fake Slack driving a real Bolt App over HTTP', () => {
  it('GIVEN a signed /intro THEN the listener acks with a body and respond() lands on the response_url', async () => {
    const url = await startHttpApp((a) =>
      a.command('/intro', async ({ command, ack, respond }) => {
        await ack({ response_type: 'ephemeral', text: `Hello <@${command.user_id}>: ${command.text}` });
        await respond({ response_type: 'ephemeral', text: 'Your intro is queued.' });
      }),
    );
    const responseUrl = fake.responseUrl('intro-1');

    const res = await postSigned(
      url,
      slashCommand({ teamId: TEAM, userId: ALICE, text: 'hiking', responseUrl }),
      {
        secret: SECRET,
      },
    );

    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ response_type: 'ephemeral', text: `Hello <@${ALICE}>: hiking` });
    expect(fake.responsesTo('intro-1').map((r) => r.body)).toEqual([
      { response_type: 'ephemeral', text: 'Your intro is queued.' },
    ]);
    // Once, from the App constructor, and cached after that.
    expect(fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('GIVEN a wrong or missing signature or a stale timestamp THEN Bolt answers 401 and no listener runs', async () => {
    let runs = 0;
    const url = await startHttpApp((a) =>
      a.command('/intro', async ({ ack }) => {
        runs += 1;
        await ack();
      }),
    );
    const req = () => slashCommand({ teamId: TEAM, userId: ALICE, responseUrl: fake.responseUrl() });
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 360;

    expect((await postSigned(url, req(), { secret: SECRET, badSignature: true })).status).toBe(401);
    expect((await postSigned(url, req(), { secret: SECRET, omitSignature: true })).status).toBe(401);
    expect((await postSigned(url, req(), { secret: SECRET, timestamp: sixMinutesAgo })).status).toBe(401);
    expect(runs).toBe(0);
    // Bolt only rejects stale timestamps: one from the future passes (an adapter may check it).
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    expect((await postSigned(url, req(), { secret: SECRET, timestamp: inAnHour })).status).toBe(200);
    expect(runs).toBe(1);
  });

  it('GIVEN a listener that fails after ack() THEN Bolt answers 500, or 200 when app.error() swallows it', async () => {
    let swallow = false;
    const url = await startHttpApp((a) => {
      a.command('/intro', async ({ ack, say }) => {
        await ack({ text: 'ok' });
        await say('Posted in #general');
        throw new Error('store unavailable');
      });
      a.error(async (error) => {
        if (!swallow) throw error;
      });
    }, silentLogger);
    const send = () =>
      postSigned(url, slashCommand({ teamId: TEAM, userId: ALICE, responseUrl: fake.responseUrl() }), {
        secret: SECRET,
      });

    // processBeforeResponse holds the ack until the listener ends; a rethrown error replaces it.
    expect((await send()).status).toBe(500);
    swallow = true;
    expect(await send()).toMatchObject({ status: 200, body: JSON.stringify({ text: 'ok' }) });
    // say() posts to the command's channel_id (#general by default) with the listener's client,
    // which adds team_id to every call.
    expect(fake.callsTo('chat.postMessage')[0]?.args).toMatchObject({ channel: 'C0GENERAL', team_id: TEAM });
  });

  it('GIVEN app.client.chat.postMessage with blocks THEN the fake records them parsed, in a D… conversation', async () => {
    await startHttpApp(() => {});
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Meet Bob*' } }];

    const opened = await app!.client.conversations.open({ users: ALICE });
    const posted = await app!.client.chat.postMessage({
      channel: opened.channel!.id!,
      text: 'Meet Bob',
      blocks,
    });

    expect(opened.channel?.id).toMatch(/^D/);
    expect(posted).toMatchObject({
      ok: true,
      channel: opened.channel?.id,
      message: { text: 'Meet Bob', blocks },
    });
    expect(fake.callsTo('chat.postMessage')[0]?.args.blocks).toEqual(blocks);
    expect(fake.workspace.messagesIn(opened.channel!.id!)).toMatchObject([{ ts: posted.ts, blocks }]);
  });

  it('GIVEN a 429 with Retry-After: 0 THEN the client retries and the message is posted once', async () => {
    await startHttpApp(() => {});
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 });

    const posted = await app!.client.chat.postMessage({ channel: ALICE, text: 'hi' });

    expect(posted.ok).toBe(true);
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(fake.workspace.messages).toHaveLength(1);
  });

  it('GIVEN reaction_added in an event_callback THEN app.event runs before the 200 and sees the retry number', async () => {
    const seen: Array<{ reaction: string; retryNum: number | undefined }> = [];
    const url = await startHttpApp((a) =>
      a.event('reaction_added', async ({ event, context }) => {
        seen.push({ reaction: event.reaction, retryNum: context.retryNum });
      }),
    );
    const posted = await app!.client.chat.postMessage({ channel: ALICE, text: 'Meet Bob' });
    const event = fake.workspace.react(ALICE, posted.channel!, posted.ts!, 'tada');
    const req = eventCallback({ teamId: TEAM, eventId: 'Ev0001', event });

    expect((await postSigned(url, req, { secret: SECRET })).status).toBe(200);
    expect(
      (await postSigned(url, req, { secret: SECRET, retryNum: 1, retryReason: 'http_timeout' })).status,
    ).toBe(200);
    expect(seen).toEqual([
      { reaction: 'tada', retryNum: undefined },
      { reaction: 'tada', retryNum: 1 },
    ]);
    expect(JSON.parse((await postSigned(url, urlVerification('c-1'), { secret: SECRET })).body)).toEqual({
      challenge: 'c-1',
    });
  });

  it('GIVEN a modal opened from a button THEN its submission reaches app.view and ack errors come back as JSON', async () => {
    const url = await startHttpApp((a) => {
      a.action('intro_edit', async ({ ack, body, client }) => {
        await ack();
        await client.views.open({
          trigger_id: (body as { trigger_id: string }).trigger_id,
          view: {
            type: 'modal',
            callback_id: 'intro_modal',
            title: { type: 'plain_text', text: 'Intro' },
            blocks: [],
          },
        });
      });
      a.view('intro_modal', async ({ ack, view }) => {
        const text = view.state.values.hobbies?.text?.value ?? '';
        await ack({ response_action: 'errors', errors: { hobbies: `"${text}" is too short` } });
      });
    });

    const clicked = blockActions({
      teamId: TEAM,
      userId: ALICE,
      actions: [{ action_id: 'intro_edit', block_id: 'b1' }],
    });
    expect((await postSigned(url, clicked, { secret: SECRET })).status).toBe(200);
    const [modal] = fake.workspace.views.values();
    expect(modal).toMatchObject({ type: 'modal', callback_id: 'intro_modal' });

    const submitted = viewSubmission({
      teamId: TEAM,
      userId: ALICE,
      view: modal!,
      values: { hobbies: { text: { type: 'plain_text_input', value: 'ab' } } },
    });
    const res = await postSigned(url, submitted, { secret: SECRET });
    expect(JSON.parse(res.body)).toEqual({
      response_action: 'errors',
      errors: { hobbies: '"ab" is too short' },
    });
  });
});
