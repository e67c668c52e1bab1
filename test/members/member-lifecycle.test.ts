import { describe, expect, it } from 'vitest';
import type { MemberRef } from '../../src/domain/member.ts';
import { blockMember } from '../../src/members/block-member.ts';
import { leaveCommunity, pauseMember, resumeMember } from '../../src/members/change-status.ts';
import { exportMemberData } from '../../src/members/export-member-data.ts';
import { joinCommunity } from '../../src/members/join-community.ts';
import { subjectHasher } from '../../src/members/subject-hash.ts';
import { updateProfile } from '../../src/members/update-profile.ts';
import { DRIVERS, uniqueId, useTestDb } from '../support/test-db.ts';

const NOW = new Date('2026-11-26T09:00:00Z');

describe.each(DRIVERS)('member lifecycle on %s', (driver) => {
  const store = useTestDb(driver);
  const deps = () => ({ db: store.db, clock: () => NOW });
  const member = (): MemberRef => ({ platform: 'slack', externalId: uniqueId('T'), userId: uniqueId('U') });

  it('records consent when a person joins, and joining twice changes nothing', async () => {
    const ref = member();
    const first = await joinCommunity(deps(), ref, { displayName: 'Ada' });
    const second = await joinCommunity(deps(), ref, {});
    expect(first.ok && first.value.created).toBe(true);
    expect(second.ok && second.value.created).toBe(false);
    expect(second.ok && second.value.member).toMatchObject({
      status: 'active',
      displayName: 'Ada',
      consentAt: NOW,
    });
  });

  it('normalises interests typed as free text and keeps fields that were not given', async () => {
    const ref = member();
    await joinCommunity(deps(), ref);
    await updateProfile(deps(), ref, { hobbies: 'Hiking, Board Games; chess', industry: 'Finance' });
    const result = await updateProfile(deps(), ref, { volunteer: 'Food Banks' });
    expect(result.ok && result.value).toMatchObject({
      hobbies: ['hiking', 'board games', 'chess'],
      volunteer: ['food bank'],
      industry: 'Finance',
    });
  });

  it('refuses a profile from someone who has not joined, and bad input with a stable code', async () => {
    const ref = member();
    expect(await updateProfile(deps(), ref, { hobbies: 'chess' })).toMatchObject({
      ok: false,
      code: 'member.not_joined',
    });
    await joinCommunity(deps(), ref);
    const many = Array.from({ length: 13 }, (_, i) => `hobby${'x'.repeat(i)}`).join(', ');
    expect(await updateProfile(deps(), ref, { hobbies: many })).toMatchObject({
      ok: false,
      code: 'interests.too_many',
    });
    expect(await updateProfile(deps(), ref, { timezone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      code: 'profile.bad_timezone',
    });
  });

  it('pauses for a duration, resumes, and a member who left cannot pause', async () => {
    const ref = member();
    await joinCommunity(deps(), ref);
    const paused = await pauseMember(deps(), ref, '2w');
    expect(paused.ok && paused.value).toMatchObject({
      status: 'paused',
      pauseReason: 'self',
      pausedUntil: new Date(NOW.getTime() + 14 * 86_400_000),
    });
    expect(await pauseMember(deps(), ref, 'forever')).toMatchObject({
      ok: false,
      code: 'pause.bad_duration',
    });
    expect(await resumeMember(deps(), ref)).toMatchObject({
      ok: true,
      value: { status: 'active', pausedUntil: null },
    });
    await leaveCommunity(deps(), ref);
    expect(await pauseMember(deps(), ref)).toMatchObject({ ok: false, code: 'member.has_left' });
    const back = await joinCommunity(deps(), ref);
    expect(back.ok && back.value).toMatchObject({
      rejoined: true,
      member: { status: 'active', leftAt: null },
    });
  });

  it('stores a block as a hash of the blocked person, once', async () => {
    const ref = member();
    await joinCommunity(deps(), ref);
    expect(await blockMember(deps(), ref, 'U_OTHER')).toEqual({ ok: true, value: { alreadyBlocked: false } });
    expect(await blockMember(deps(), ref, 'U_OTHER')).toEqual({ ok: true, value: { alreadyBlocked: true } });
    expect(await blockMember(deps(), ref, ref.userId)).toMatchObject({ ok: false, code: 'block.self' });
    const { rows } = await store.db.query<{ blocked_hash: string }>(
      'SELECT b.blocked_hash FROM blocks b JOIN members m ON m.id = b.member_id WHERE m.platform_user_id = $1',
      [ref.userId],
    );
    expect(rows).toEqual([
      { blocked_hash: (await subjectHasher(store.db)).hash({ ...ref, userId: 'U_OTHER' }) },
    ]);
  });

  it('exports everything held about the member', async () => {
    const ref = member();
    await joinCommunity(deps(), ref, { displayName: 'Grace' });
    await updateProfile(deps(), ref, {
      hobbies: 'Sailing',
      volunteer: 'mentoring',
      timezone: 'Europe/London',
    });
    await blockMember(deps(), ref, 'U_X');
    const exported = await exportMemberData(deps(), ref);
    expect(exported.ok && exported.value).toMatchObject({
      community: { platform: 'slack', id: ref.externalId },
      member: { userId: ref.userId, displayName: 'Grace', status: 'active', consentAt: NOW.toISOString() },
      profile: {
        hobbies: ['sailing'],
        volunteer: ['mentoring'],
        hobbiesAsWritten: ['Sailing'],
        volunteerAsWritten: ['mentoring'],
        timezone: 'Europe/London',
      },
      blocks: { count: 1 },
      intros: [],
      feedback: [],
    });
  });
});
