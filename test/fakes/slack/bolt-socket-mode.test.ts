import { App, LogLevel, SocketModeReceiver } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './fake-slack-api.ts';
import { eventCallback, slashCommand } from './signed-requests.ts';

const TEAM = 'T0KINDRED';
const ALICE = 'U0ALICE01';
const BOB = 'U0BOB0001';
const retryConfig = { retries: 2, minTimeout: 0, maxTimeout: 1 };

let fake: FakeSlack;
let app: App | undefined;

beforeEach(async () => {
  fake = await startFakeSlack({
    teamId: TEAM,
    users: [
      { id: ALICE, name: 'alice' },
      { id: BOB, name: 'bob' },
    ],
  });
});

afterEach(async () => {
  // Stop the App first: a client that loses its socket reconnects, and would find no fake.
  await app?.stop();
  app = undefined;
  await fake.stop();
});

describe('fake Slack driving a real Bolt App over Socket Mode', () => {
  it('GIVEN a slash command envelope THEN the App acks it over the socket with its response payload', async () => {
    app = new App({
      token: fake.botToken,
      appToken: fake.appToken,
      socketMode: true,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig },
    });
    app.command('/intro', async ({ command, ack }) => {
      await ack({ response_type: 'ephemeral', text: `Hi ${command.user_name}` });
    });
    app.event('app_home_opened', async () => {});

    await app.start();
    const command = slashCommand({
      teamId: TEAM,
      userId: ALICE,
      userName: 'alice',
      responseUrl: fake.responseUrl(),
    });
    const ack = await fake.socket.send('slash_commands', command.payload);
    const home = eventCallback({
      teamId: TEAM,
      event: { type: 'app_home_opened', user: ALICE, channel: 'D0X', tab: 'home', event_ts: '1.0' },
    });
    const eventAck = await fake.socket.send('events_api', home.payload);

    expect(ack.payload).toEqual({ response_type: 'ephemeral', text: 'Hi alice' });
    expect(eventAck).toEqual({ envelope_id: expect.any(String), payload: {} });
    expect(fake.callsTo('apps.connections.open')[0]?.token).toBe(fake.appToken);
  });

  it('GIVEN Slack sends disconnect THEN the client answers pings, reconnects with a new URL and keeps acking', async () => {
    // App does not forward clientPingTimeout, and a custom receiver does not inherit App's
    // clientOptions: give it the fake's URL itself or it asks the real Slack for a socket.
    const receiver = new SocketModeReceiver({
      appToken: fake.appToken,
      clientPingTimeout: 150,
      logLevel: LogLevel.ERROR,
      installerOptions: { clientOptions: { slackApiUrl: fake.apiUrl, retryConfig } },
    });
    app = new App({
      token: fake.botToken,
      receiver,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.apiUrl },
    });
    app.command('/intro', async ({ ack }) => ack({ text: 'still here' }));
    await app.start();

    // Several client pings (every clientPingTimeout / 3) go by; the ws server pongs each one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);

    fake.socket.disconnect('refresh_requested');
    await until(() => fake.callsTo('apps.connections.open').length === 2 && fake.socket.connections === 1);
    const command = slashCommand({ teamId: TEAM, userId: BOB, responseUrl: fake.responseUrl() });

    expect((await fake.socket.send('slash_commands', command.payload)).payload).toEqual({
      text: 'still here',
    });
  });
});

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
