import { describe, expect, it } from 'vitest';
import { leaveCommunity } from '../../src/members/change-status.ts';
import { forgetMember } from '../../src/members/forget-member.ts';
import { blockMember } from '../../src/members/block-member.ts';
import { mulberry32 } from '../../src/matching/random.ts';
import { claimOutbox } from '../../src/rounds/delivery/claim-outbox.ts';
import { createDeliveryWorker } from '../../src/rounds/delivery/delivery-worker.ts';
import { markSent } from '../../src/rounds/delivery/finish-delivery.ts';
import { MAX_ATTEMPTS } from '../../src/rounds/delivery/retry-delay.ts';
import { planRound } from '../../src/rounds/plan-round.ts';
import { MemoryPlatform } from '../support/memory-platform.ts';
import { DRIVERS, useTestDb } from '../support/test-db.ts';
import { outboxOf, seedCommunity } from './seed-community.ts';

describe.each(DRIVERS)('delivering intros on %s', (driver) => {
  const store = useTestDb(driver);
  let now = new Date('2026-11-30T10:00:30Z');
  const setup = async (members = 2) => {
    const platform = new MemoryPlatform();
    const deps = { db: store.db, clock: () => now, rng: mulberry32(3), platforms: { get: () => platform } };
    const seeded = await seedCommunity(
      store.db,
      Array.from({ length: members }, () => ({ hobbies: ['chess'] })),
    );
    await planRound(deps, { community: seeded.community, period: 'p', manual: false });
    return { platform, deps, seeded, worker: createDeliveryWorker(deps, { owner: 'w1', leaseMs: 60_000 }) };
  };
  const introStatus = async (communityId: number) =>
    (
      await store.db.query<{ status: string; reason: string | null; sentAt: Date | null }>(
        'SELECT status, failure_reason AS reason, sent_at AS "sentAt" FROM intros WHERE community_id = $1 ORDER BY id',
        [communityId],
      )
    ).rows;

  it('posts each intro once, records where it went and marks it sent', async () => {
    const { platform, seeded, worker } = await setup(4);
    expect(await worker.drain()).toBe(2);
    expect(await worker.drain()).toBe(0);
    expect(platform.intros()).toHaveLength(2);
    expect(platform.intros()[0]).toMatchObject({
      communityExternalId: seeded.community.externalId,
      nonce: expect.stringMatching(/^outbox:\d+$/),
    });
    expect((await introStatus(seeded.community.id)).map((i) => i.status)).toEqual(['sent', 'sent']);
    const messages = await store.db.query(
      'SELECT channel_id FROM intro_messages im JOIN intros i ON i.id = im.intro_id WHERE i.community_id = $1',
      [seeded.community.id],
    );
    expect(messages.rowCount).toBe(2);
  });

  it('records one message per member when the adapter sent one DM each', async () => {
    const { platform, seeded, worker } = await setup(2);
    platform.script((message) =>
      'userIds' in message
        ? {
            ok: true,
            channelId: 'D1',
            messageId: 'm1',
            messages: message.userIds.map((userId, i) => ({
              userId,
              channelId: `D${i}`,
              messageId: `m${i}`,
            })),
          }
        : undefined,
    );
    await worker.drain();
    const { rows } = await store.db.query<{ memberId: number }>(
      `SELECT im.member_id AS "memberId" FROM intro_messages im JOIN intros i ON i.id = im.intro_id WHERE i.community_id = $1 ORDER BY 1`,
      [seeded.community.id],
    );
    expect(rows.map((r) => r.memberId)).toEqual(seeded.users.map((u) => seeded.ids.get(u)));
  });

  it('comes back after Retry-After without counting a rate limit as an attempt', async () => {
    const { platform, seeded, worker } = await setup(2);
    platform.failFor(seeded.users[0]!, { ok: false, kind: 'rate_limited', retryAfterMs: 30_000 }, 1);
    await worker.drain();
    const [row] = await outboxOf(store.db, seeded.community.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 0, lastError: 'rate_limited' });
    expect(row!.availableAt.getTime()).toBe(now.getTime() + 30_000);
    now = new Date(now.getTime() + 30_000);
    await worker.drain();
    expect((await introStatus(seeded.community.id))[0]!.status).toBe('sent');
  });

  it('retries temporary errors with growing delays, then fails with the reason and tells both members', async () => {
    const { platform, seeded, worker } = await setup(2);
    platform.failFor(seeded.users[0]!, { ok: false, kind: 'temporary', detail: 'socket hang up' });
    const delays: number[] = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await worker.drain();
      const [row] = await outboxOf(store.db, seeded.community.id);
      if (row!.status !== 'pending') break;
      delays.push(row!.availableAt.getTime() - now.getTime());
      now = row!.availableAt;
    }
    expect(delays).toHaveLength(MAX_ATTEMPTS - 1);
    expect(delays[3]!).toBeGreaterThan(delays[0]!);
    const rows = await outboxOf(store.db, seeded.community.id);
    expect(rows[0]).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      lastError: 'retries_exhausted: socket hang up',
    });
    expect(await introStatus(seeded.community.id)).toMatchObject([
      { status: 'failed', reason: 'retries_exhausted' },
    ]);
    expect(rows.filter((r) => r.kind === 'notice').map((r) => r.code)).toEqual([
      'intro.partner_unreachable',
      'intro.partner_unreachable',
    ]);
  });

  it('stops at once on a permanent error, tells the partner and gives them priority', async () => {
    const { platform, seeded, worker } = await setup(2);
    const [closed, partner] = seeded.users;
    platform.failFor(closed!, { ok: false, kind: 'permanent', code: 'dms_closed', userId: closed });
    await worker.drain();
    expect(await introStatus(seeded.community.id)).toMatchObject([
      { status: 'failed', reason: 'dms_closed' },
    ]);
    const rows = await outboxOf(store.db, seeded.community.id);
    expect(rows[0]).toMatchObject({ status: 'failed', attempts: 0, lastError: 'dms_closed' });
    expect(rows.slice(1)).toMatchObject([
      { kind: 'notice', memberId: seeded.ids.get(partner!), code: 'intro.partner_unreachable' },
    ]);
    expect(platform.directs('notice').map((d) => d.userId)).toEqual([partner]);
    const { rows: priority } = await store.db.query<{ priority: number }>(
      'SELECT priority FROM members WHERE id = $1',
      [seeded.ids.get(partner!)],
    );
    expect(priority[0]!.priority).toBe(1);
  });

  it('cancels an intro when a member left, was forgotten or blocked the other before the send', async () => {
    for (const change of ['leave', 'forget', 'block'] as const) {
      const { platform, seeded, worker, deps } = await setup(2);
      const [a, b] = seeded.users;
      const ref = { platform: 'slack' as const, externalId: seeded.community.externalId, userId: a! };
      if (change === 'leave') await leaveCommunity(deps, ref);
      if (change === 'forget') await forgetMember(deps, ref);
      if (change === 'block') await blockMember(deps, ref, b!);
      await worker.drain();
      expect(platform.intros()).toEqual([]);
      const reason = { leave: 'member_left', forget: 'member_forgotten', block: 'blocked' }[change];
      expect(await introStatus(seeded.community.id)).toMatchObject([{ status: 'cancelled', reason }]);
      expect(platform.directs('notice')).toMatchObject([{ userId: b }]);
    }
  });

  it('GIVEN a trio where one member left, paused or was forgotten THEN the other two still meet, with the text for two', async () => {
    const { pauseMember } = await import('../../src/members/change-status.ts');
    for (const change of ['leave', 'pause', 'forget'] as const) {
      const { platform, seeded, worker, deps } = await setup(3);
      const [a, b, c] = seeded.users;
      const ref = { platform: 'slack' as const, externalId: seeded.community.externalId, userId: c! };
      if (change === 'leave') await leaveCommunity(deps, ref);
      if (change === 'pause') await pauseMember(deps, ref);
      if (change === 'forget') await forgetMember(deps, ref);
      await worker.drain();
      const [sent] = platform.intros();
      expect(platform.intros()).toHaveLength(1);
      expect([...sent!.userIds].sort()).toEqual([a, b].sort());
      expect(sent!.why).toMatch(
        /^This was planned as a group of three; this time it is just the two of you\. You both love chess\.$/,
      );
      expect(sent!.why).not.toContain(c!);
      const [intro] = (
        await store.db.query<{ id: number; size: number; status: string; why: string }>(
          'SELECT id, size, status, why FROM intros WHERE community_id = $1',
          [seeded.community.id],
        )
      ).rows;
      expect(intro).toMatchObject({ size: 2, status: 'sent', why: sent!.why });
      const members = await store.db.query('SELECT 1 FROM intro_members WHERE intro_id = $1', [intro!.id]);
      expect(members.rowCount).toBe(2);
      expect(platform.directs('notice')).toEqual([]);
    }
  });

  it('GIVEN a trio that lost one member and one of the other two blocked someone in it THEN it is called off whole', async () => {
    const { platform, seeded, worker, deps } = await setup(3);
    const [a, b, c] = seeded.users;
    const refOf = (userId: string) => ({
      platform: 'slack' as const,
      externalId: seeded.community.externalId,
      userId,
    });
    await blockMember(deps, refOf(a!), b!);
    await leaveCommunity(deps, refOf(c!));
    await worker.drain();
    expect(platform.intros()).toEqual([]);
    expect(await introStatus(seeded.community.id)).toMatchObject([{ status: 'cancelled' }]);
  });

  it('GIVEN a trio that lost two members THEN it is called off and the one left is told', async () => {
    const { platform, seeded, worker, deps } = await setup(3);
    const [a, b, c] = seeded.users;
    const refOf = (userId: string) => ({
      platform: 'slack' as const,
      externalId: seeded.community.externalId,
      userId,
    });
    await leaveCommunity(deps, refOf(b!));
    await leaveCommunity(deps, refOf(c!));
    await worker.drain();
    expect(platform.intros()).toEqual([]);
    expect(await introStatus(seeded.community.id)).toMatchObject([
      { status: 'cancelled', reason: 'member_left' },
    ]);
    expect(platform.directs('notice')).toMatchObject([{ userId: a }]);
  });

  it('fences a worker whose lease expired and was taken over: it cannot mark the row sent', async () => {
    const { seeded, deps } = await setup(2);
    const [first] = await claimOutbox(store.db, { owner: 'slow', now, leaseMs: 1_000, limit: 1 });
    const later = new Date(now.getTime() + 5_000);
    const [second] = await claimOutbox(store.db, { owner: 'fast', now: later, leaseMs: 60_000, limit: 1 });
    expect(second).toMatchObject({ id: first!.id, fence: first!.fence + 1 });
    expect(await markSent(store.db, [{ row: first!, messages: [] }], now)).toEqual(new Set());
    expect(await markSent(store.db, [{ row: second!, messages: [] }], now)).toEqual(new Set([second!.id]));
    void deps;
    const [row] = await outboxOf(store.db, seeded.community.id);
    expect(row!.status).toBe('sent');
  });
});
