import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../../fakes/slack/signed-requests.ts';
import { startSlackHarness, TEAM, until, type SlackHarness } from './support/slack-harness.ts';

const ALICE = 'U0ALICE01';

describe('Slack over Socket Mode', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({
      driver: 'pglite',
      socketMode: true,
      users: [{ id: ALICE, name: 'alice' }],
    });
  });
  afterAll(() => h?.stop());

  it('GIVEN SLACK_APP_TOKEN THEN /intro arrives over the socket and is acked with the ephemeral reply; no HTTP endpoint is mounted', async () => {
    const command = slashCommand({
      teamId: TEAM,
      userId: ALICE,
      text: 'hobbies chess',
      responseUrl: h.fake.responseUrl(),
    });

    const joined = await h.fake.socket.send(
      'slash_commands',
      slashCommand({ teamId: TEAM, userId: ALICE, text: 'join', responseUrl: h.fake.responseUrl() }).payload,
    );
    const ack = await h.fake.socket.send('slash_commands', command.payload);

    expect(joined.payload).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining("You're in!"),
    });
    expect(ack.payload).toEqual({ response_type: 'ephemeral', text: 'Saved your hobbies: chess.' });
    expect(h.fake.callsTo('apps.connections.open')[0]?.token).toBe(h.fake.appToken);
    expect(h.fake.callsTo('auth.test')).toHaveLength(1);
    expect((await fetch(h.eventsUrl, { method: 'POST' })).status).toBe(404);
  });

  it('GIVEN stop THEN the close handshake is done when stop resolves, and the client does not reconnect', async () => {
    await h.kindred.stop();

    // The server sees the TCP close a moment after the client has finished the handshake.
    await until(() => h.fake.socket.connections === 0, 500);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.socket.connections).toBe(0);
    expect(h.fake.callsTo('apps.connections.open')).toHaveLength(1);
  });
});
