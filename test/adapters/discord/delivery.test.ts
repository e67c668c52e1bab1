import { afterEach, describe, expect, it } from 'vitest';
import type { IntroDelivery } from '../../../src/platform.ts';
import { Permission, type RecordedRequest } from '../../fakes/discord/fake-discord.ts';
import { useTestDb } from '../../support/test-db.ts';
import { startDiscordHarness, type DiscordHarness } from './support/discord-harness.ts';

// Delivery keeps only the thread it opened in the database (the outbox around it is the rounds' business).
const store = useTestDb('pglite');
let h: DiscordHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

async function start(): Promise<DiscordHarness> {
  h = await startDiscordHarness(store.db);
  return h;
}

const introFor = (
  harness: DiscordHarness,
  userIds: string[],
  channelId: string | null,
  nonce = 'intro:7:1',
): IntroDelivery => ({
  introId: 7,
  communityExternalId: harness.guildId,
  userIds,
  shared: { hobbies: ['chess'], volunteer: [] },
  why: 'You both play chess.',
  icebreaker: 'Favourite opening?',
  channelId,
  nonce,
});

const posts = (harness: DiscordHarness, route: string): RecordedRequest[] =>
  harness.fake.requests.filter((r) => r.method === 'POST' && r.route === route);

describe('Discord delivery', () => {
  it('GIVEN an intros channel THEN a private thread with exactly the members, the intro with nonce and no judgement reactions', async () => {
    const harness = await start();
    const { fake } = harness;
    const { ada, grace } = fake.seed.users;
    const result = await harness.platform.sendIntro(
      introFor(harness, [ada.id, grace.id], fake.seed.channels.intros.id),
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;

    const [create] = posts(harness, '/channels/:channel/threads');
    expect(create?.body).toMatchObject({ type: 12, invitable: false, name: 'Kindred intro #7' });
    const thread = fake.world.channels.get(result.channelId);
    expect(thread?.parentId).toBe(fake.seed.channels.intros.id);
    expect([...(thread?.threadMembers.keys() ?? [])].sort()).toEqual(
      [fake.world.bot.id, ada.id, grace.id].sort(),
    );

    const [post] = posts(harness, '/channels/:channel/messages');
    const body = post?.body as {
      nonce: string;
      enforce_nonce: boolean;
      allowed_mentions: unknown;
      content: string;
    };
    expect(body.enforce_nonce).toBe(true);
    expect(body.nonce.length).toBeLessThanOrEqual(25);
    expect(body.allowed_mentions).toEqual({ parse: [], users: [ada.id, grace.id] });
    expect(body.content).toContain(`<@${ada.id}> and <@${grace.id}>, meet each other!`);

    // How it went is asked in each member's own DM, never where the partner sees it.
    const message = fake.world.messages.get(result.messageId);
    expect(message?.reactions).toEqual([]);
    expect(fake.requests.filter((r) => r.route?.includes('/reactions/'))).toEqual([]);
  });

  it('GIVEN a lost answer (5xx after the post) THEN @discordjs/rest retries and the nonce keeps it to one message', async () => {
    const harness = await start();
    const { fake } = harness;
    fake.failNext('POST /channels/:id/messages', { status: 500, afterHandling: true });
    const { ada, grace } = fake.seed.users;
    const result = await harness.platform.sendIntro(
      introFor(harness, [ada.id, grace.id], fake.seed.channels.intros.id),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(posts(harness, '/channels/:channel/messages').map((r) => r.status)).toEqual([500, 200]);
    expect(fake.world.channelMessages(result.channelId)).toHaveLength(1);
  });

  it('GIVEN a 429 on the intro message THEN rate_limited comes back at once; the retry reuses the thread and posts once', async () => {
    const harness = await start();
    const { fake } = harness;
    const { ada, grace } = fake.seed.users;
    fake.failNext('POST /channels/:id/messages', { status: 429, retryAfter: 0.2 });
    const intro = introFor(harness, [ada.id, grace.id], fake.seed.channels.intros.id);
    const before = Date.now();
    const first = await harness.platform.sendIntro(intro);
    expect(first).toMatchObject({ ok: false, kind: 'rate_limited' });
    expect(first.ok === false && first.kind === 'rate_limited' && first.retryAfterMs).toBeGreaterThanOrEqual(
      200,
    );
    expect(Date.now() - before).toBeLessThan(1_000);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await harness.platform.sendIntro(intro);
    expect(second.ok).toBe(true);
    expect(posts(harness, '/channels/:channel/threads')).toHaveLength(1);
    const created = posts(harness, '/channels/:channel/messages').filter((r) => r.status === 200);
    expect(created).toHaveLength(1);
  });

  it('GIVEN a thread created and the process gone before its intro was posted THEN the next process posts into that same thread', async () => {
    const first = await start();
    const { fake } = first;
    const { ada, grace } = fake.seed.users;
    const intro = introFor(first, [ada.id, grace.id], fake.seed.channels.intros.id, 'intro:8:1');
    fake.failNext('POST /channels/:id/messages', { status: 429, retryAfter: 30 });
    expect(await first.platform.sendIntro(intro)).toMatchObject({ ok: false, kind: 'rate_limited' });
    expect(posts(first, '/channels/:channel/threads')).toHaveLength(1);
    await first.platform.stop();

    // A new process: nothing of the first one's memory, the same database and the same Discord.
    const second = await startDiscordHarness(store.db, { fake });
    try {
      const retried = await second.platform.sendIntro(intro);

      expect(retried).toMatchObject({ ok: true });
      expect(posts(second, '/channels/:channel/threads')).toHaveLength(1);
      const threads = [...fake.world.channels.values()].filter(
        (c) => c.parentId === fake.seed.channels.intros.id,
      );
      expect(threads).toHaveLength(1);
      expect(retried.ok && retried.channelId).toBe(threads[0]!.id);
      expect(fake.world.channelMessages(threads[0]!.id)).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('GIVEN no intros channel THEN each member gets a DM naming the others, each with its own nonce', async () => {
    const harness = await start();
    const { fake } = harness;
    const { grace, margaret } = fake.seed.users;
    const result = await harness.platform.sendIntro(introFor(harness, [grace.id, margaret.id], null));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.messages?.map((m) => m.userId)).toEqual([grace.id, margaret.id]);
    const graceDm = fake.world.channelMessages(fake.world.openDm(grace.id).id);
    expect(graceDm).toHaveLength(1);
    expect(graceDm[0]?.content).toMatch(new RegExp(`^👋 Meet <@${margaret.id}>!`));
    expect(graceDm[0]?.reactions).toEqual([]);
    const nonces = posts(harness, '/channels/:channel/messages').map(
      (r) => (r.body as { nonce: string }).nonce,
    );
    expect(new Set(nonces).size).toBe(2);
  });

  it('GIVEN a member with DMs closed THEN dms_closed names them and the DM already sent to the partner is taken back', async () => {
    const harness = await start();
    const { fake } = harness;
    const { grace, linus } = fake.seed.users;
    const result = await harness.platform.sendIntro(introFor(harness, [grace.id, linus.id], null));
    expect(result).toMatchObject({ ok: false, kind: 'permanent', code: 'dms_closed', userId: linus.id });
    expect(fake.world.channelMessages(fake.world.openDm(grace.id).id)).toEqual([]);
  });

  it('maps refusals: missing permission, unknown channel, a member who left, a revoked token', async () => {
    const harness = await start();
    const { fake } = harness;
    const { ada, grace, margaret } = fake.seed.users;
    const intros = fake.seed.channels.intros;
    intros.overwrites.push({
      id: fake.seed.botRole.id,
      type: 0,
      allow: 0n,
      deny: Permission.CreatePrivateThreads,
    });
    expect(await harness.platform.sendIntro(introFor(harness, [ada.id, grace.id], intros.id))).toMatchObject({
      kind: 'permanent',
      code: 'missing_permissions',
    });
    expect(
      await harness.platform.sendIntro(introFor(harness, [ada.id, grace.id], '123456789012345678')),
    ).toMatchObject({
      kind: 'permanent',
      code: 'channel_missing',
    });
    expect(
      await harness.platform.sendIntro(introFor(harness, [ada.id, grace.id], fake.seed.channels.general.id)),
    ).toMatchObject({ ok: true });

    fake.world.members.delete(`${harness.guildId}:${margaret.id}`);
    const threadsBefore = posts(harness, '/channels/:channel/threads').length;
    expect(
      await harness.platform.sendIntro(
        introFor(harness, [ada.id, margaret.id], fake.seed.channels.general.id, 'n2'),
      ),
    ).toMatchObject({
      kind: 'permanent',
      code: 'user_gone',
      userId: margaret.id,
    });
    expect(posts(harness, '/channels/:channel/threads')).toHaveLength(threadsBefore);

    fake.failNext('GET /guilds/:g/members/:u', { status: 401, code: 0 });
    const revoked = await harness.platform.sendIntro(
      introFor(harness, [ada.id, grace.id], fake.seed.channels.general.id, 'n3'),
    );
    expect(revoked).toMatchObject({ kind: 'permanent', code: 'token_revoked' });
  });

  it('sends a nudge as a DM with answer buttons, and a notice as plain text', async () => {
    const harness = await start();
    const { fake } = harness;
    const { grace, margaret, linus } = fake.seed.users;
    const nudge = await harness.platform.sendDirect({
      kind: 'nudge',
      communityExternalId: harness.guildId,
      userId: grace.id,
      introId: 7,
      otherUserIds: [margaret.id],
      nonce: 'nudge:7:grace',
    });
    expect(nudge.ok).toBe(true);
    const [message] = fake.world.channelMessages(fake.world.openDm(grace.id).id);
    expect(message?.components).toHaveLength(1);
    const notice = await harness.platform.sendDirect({
      kind: 'notice',
      communityExternalId: harness.guildId,
      userId: linus.id,
      text: 'No introduction this round.',
      nonce: 'notice:1',
    });
    expect(notice).toMatchObject({ ok: false, kind: 'permanent', code: 'dms_closed', userId: linus.id });
  });

  it('checks membership one member at a time, never listing the guild', async () => {
    const harness = await start();
    const { fake } = harness;
    const { ada, grace, margaret, linus } = fake.seed.users;
    fake.world.members.delete(`${harness.guildId}:${margaret.id}`);
    fake.failNext(`GET /guilds/${harness.guildId}/members/${linus.id}`, { status: 500, times: 4 });
    const active = await harness.platform.activeMembers(harness.guildId, [
      ada.id,
      grace.id,
      margaret.id,
      linus.id,
      fake.world.bot.id,
      '123456789012345678',
    ]);
    // linus could not be looked up: a failed look-up keeps him.
    expect([...active].sort()).toEqual([ada.id, grace.id, linus.id].sort());
    expect(fake.requests.some((r) => r.route === '/guilds/:guild/members')).toBe(false);
  });
});
