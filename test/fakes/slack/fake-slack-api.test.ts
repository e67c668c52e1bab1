import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './fake-slack-api.ts';
import { newTriggerId } from './signed-requests.ts';

const ALICE = 'U0ALICE01';
const BOB = 'U0BOB0001';
const GONE = 'U0GONE001';

let fake: FakeSlack;
let client: webApi.WebClient;

beforeEach(async () => {
  fake = await startFakeSlack({
    users: [
      { id: ALICE, name: 'alice', tz: 'America/Los_Angeles', is_admin: true },
      { id: BOB, name: 'bob' },
      { id: GONE, name: 'gone', deleted: true },
    ],
  });
  client = clientWith(fake.botToken);
});

afterEach(() => fake.stop());

function clientWith(token: string, retries = 0): webApi.WebClient {
  return new webApi.WebClient(token, {
    slackApiUrl: fake.apiUrl,
    logLevel: webApi.LogLevel.ERROR,
    retryConfig: { retries, minTimeout: 0, maxTimeout: 1 },
  });
}

describe('fake Slack Web API', () => {
  it('GIVEN one user THEN conversations.open gives a D… id, and the same one again when reopened', async () => {
    const first = await client.conversations.open({ users: ALICE });
    const again = await client.conversations.open({ users: ALICE });

    expect(first.channel?.id).toMatch(/^D/);
    expect(again).toMatchObject({ no_op: true, already_open: true, channel: { id: first.channel?.id } });
  });

  it('GIVEN several users THEN conversations.open gives one group DM regardless of order', async () => {
    const pair = await client.conversations.open({ users: `${ALICE},${BOB}` });
    const reversed = await client.conversations.open({ users: `${BOB},${ALICE}` });

    expect(pair.channel).toMatchObject({ is_mpim: true, id: expect.stringMatching(/^[CG]/) });
    expect(reversed.channel?.id).toBe(pair.channel?.id);
  });

  it('GIVEN a deactivated, unknown or bot user THEN conversations.open fails with Slack’s error', async () => {
    await expect(client.conversations.open({ users: `${ALICE},${GONE}` })).rejects.toMatchObject({
      data: { error: 'user_disabled' },
    });
    await expect(client.conversations.open({ users: 'U0NOBODY1' })).rejects.toMatchObject({
      data: { error: 'user_not_found' },
    });
    const bot = fake.workspace.addUser({ name: 'otherbot', is_bot: true });
    await expect(client.conversations.open({ users: bot.id })).rejects.toMatchObject({
      data: { error: 'cannot_dm_bot' },
    });
  });

  it('GIVEN a deactivated member THEN users.info says deleted and carries no timezone or admin flags', async () => {
    const active = await client.users.info({ user: ALICE });
    const gone = await client.users.info({ user: GONE });

    expect(active.user).toMatchObject({
      deleted: false,
      is_admin: true,
      tz: 'America/Los_Angeles',
      tz_label: expect.stringMatching(/Pacific/),
    });
    expect([-25200, -28800]).toContain(active.user?.tz_offset);
    expect(gone.user).toMatchObject({ id: GONE, deleted: true });
    expect(gone.user).not.toHaveProperty('tz');
    expect(gone.user).not.toHaveProperty('is_admin');
  });

  it('GIVEN a small page size THEN users.list pages with next_cursor and lists bots, Slackbot and deactivated members', async () => {
    const ids: string[] = [];
    for await (const page of client.paginate('users.list', { limit: 2 })) {
      ids.push(...((page as { members?: Array<{ id: string }> }).members ?? []).map((m) => m.id));
    }

    expect(ids).toEqual([fake.workspace.bot.userId, 'USLACKBOT', ALICE, BOB, GONE]);
    expect(fake.callsTo('users.list')).toHaveLength(3);
  });

  it('GIVEN the bot reacts twice with the same emoji THEN the second reactions.add is already_reacted', async () => {
    const posted = await client.chat.postMessage({ channel: ALICE, text: 'Meet Bob' });
    const target = { channel: posted.channel!, timestamp: posted.ts!, name: 'thumbsup' };

    await client.reactions.add(target);
    await expect(client.reactions.add(target)).rejects.toMatchObject({ data: { error: 'already_reacted' } });
    expect(fake.workspace.findMessage(posted.channel!, posted.ts!)?.reactions).toEqual([
      { name: 'thumbsup', users: [fake.workspace.bot.userId], count: 1 },
    ]);
  });

  it('GIVEN a trigger_id used once THEN a second views.open is exchanged_trigger_id', async () => {
    const trigger_id = newTriggerId();
    const view = {
      type: 'modal' as const,
      title: { type: 'plain_text' as const, text: 'Intro' },
      blocks: [],
    };

    const opened = await client.views.open({ trigger_id, view });
    const updated = await client.views.update({ view_id: opened.view!.id!, hash: opened.view!.hash!, view });

    await expect(client.views.open({ trigger_id, view })).rejects.toMatchObject({
      data: { error: 'exchanged_trigger_id' },
    });
    await expect(
      client.views.update({ view_id: opened.view!.id!, hash: opened.view!.hash!, view }),
    ).rejects.toMatchObject({
      data: { error: 'hash_conflict' },
    });
    expect(updated.view?.id).toBe(opened.view?.id);
  });

  it('GIVEN an unknown method, token or token type THEN the fake answers like Slack', async () => {
    await expect(client.apiCall('kindred.nothing')).rejects.toMatchObject({
      data: { error: 'unknown_method' },
    });
    await expect(clientWith('xoxb-wrong').auth.test()).rejects.toMatchObject({
      data: { error: 'invalid_auth' },
    });
    await expect(
      clientWith(fake.appToken).chat.postMessage({ channel: ALICE, text: 'x' }),
    ).rejects.toMatchObject({
      data: { error: 'not_allowed_token_type' },
    });
    fake.revokeToken(fake.botToken);
    await expect(client.auth.test()).rejects.toMatchObject({ data: { error: 'token_revoked' } });
  });

  it('GIVEN an ok:false fault THEN the client throws it without retrying', async () => {
    fake.failNext('chat.postMessage', { error: 'account_inactive' });

    await expect(
      clientWith(fake.botToken, 2).chat.postMessage({ channel: ALICE, text: 'x' }),
    ).rejects.toMatchObject({
      data: { error: 'account_inactive' },
    });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('GIVEN a lost response (applied, then 500) THEN the client retries and chat.postMessage posts twice', async () => {
    fake.failNext('chat.postMessage', { status: 500, applied: true });

    await clientWith(fake.botToken, 2).chat.postMessage({ channel: ALICE, text: 'Meet Bob' });

    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([500, 200]);
    expect(fake.workspace.messages.map((m) => m.text)).toEqual(['Meet Bob', 'Meet Bob']);
  });

  it('GIVEN a bot message THEN chat.update edits it and chat.postEphemeral needs a member of the conversation', async () => {
    const posted = await client.chat.postMessage({ channel: ALICE, text: 'draft' });
    const updated = await client.chat.update({ channel: posted.channel!, ts: posted.ts!, text: 'final' });
    const ephemeral = await client.chat.postEphemeral({
      channel: posted.channel!,
      user: ALICE,
      text: 'only you',
    });

    expect(updated).toMatchObject({ channel: posted.channel, ts: posted.ts, text: 'final' });
    expect(ephemeral.message_ts).toMatch(/^\d{10}\.\d{6}$/);
    await expect(
      client.chat.postEphemeral({ channel: posted.channel!, user: BOB, text: 'x' }),
    ).rejects.toMatchObject({
      data: { error: 'user_not_in_channel' },
    });
  });
});
