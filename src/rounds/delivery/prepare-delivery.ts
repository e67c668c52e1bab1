import type { CommunityPlatform } from '../../domain/community.ts';
import { mapMentionTokens } from '../../domain/mention-token.ts';
import { suggestMeetingTimes } from '../../meeting/suggest-meeting-times.ts';
import { subjectHasher } from '../../members/subject-hash.ts';
import type { DirectDelivery, IntroDelivery } from '../../platform.ts';
import type { Queryable } from '../../store/db.ts';
import type { ClaimedRow } from './claim-outbox.ts';
import { skipAnsweredAsks } from './skip-answered-asks.ts';
import { whyForTwo } from './why-for-two.ts';

export interface GroupMember {
  id: number;
  userId: string;
  status: 'active' | 'paused' | 'left';
  /** From their profile, to suggest meeting times; null when not given. */
  timezone?: string | null;
}

/** Why an intro is called off just before sending; stored as the intro's failure_reason. */
export type CancelReason =
  'member_left' | 'member_paused' | 'member_forgotten' | 'blocked' | 'community_stopped';

export type Prepared =
  | {
      action: 'send';
      platform: CommunityPlatform;
      message: { intro: IntroDelivery } | { direct: DirectDelivery };
      members: GroupMember[];
      /** A trio going out as a pair: who is left out (no longer taking part, or forgotten). */
      shrink?: { leftOut: number[]; why: string };
    }
  | { action: 'cancel'; reason: CancelReason; members: GroupMember[]; causedBy: number[] }
  | { action: 'drop'; reason: string };

interface RowContext {
  rowId: number;
  introId: number | null;
  memberId: number | null;
  introStatus: string | null;
  size: number | null;
  shared: IntroDelivery['shared'] | null;
  why: string | null;
  icebreaker: string | null;
  platform: CommunityPlatform;
  externalId: string;
  introsChannel: string | null;
  communityStatus: string;
}

/** What every row is about: its intro (if any) and community. No locks needed: we hold the rows. */
async function loadContexts(q: Queryable, ids: number[]): Promise<RowContext[]> {
  const { rows } = await q.query<RowContext>(
    `SELECT o.id AS "rowId", o.intro_id AS "introId", o.member_id AS "memberId", i.status AS "introStatus",
       i.size, i.shared, i.why, i.icebreaker, c.platform, c.external_id AS "externalId",
       c.intros_channel AS "introsChannel", c.status AS "communityStatus"
     FROM outbox o JOIN communities c ON c.id = o.community_id LEFT JOIN intros i ON i.id = o.intro_id
     WHERE o.id = ANY($1::bigint[])`,
    [ids],
  );
  return rows;
}

/**
 * Locks every member the rows concern, in id order (so two workers never deadlock), and
 * reads their status after the lock. The locks last until the sends are done: an
 * opt-out, forget or block (whose foreign-key check takes a KEY SHARE lock on the
 * blocker's row) committed before this point is seen here; one that comes later waits.
 */
async function lockMembers(q: Queryable, contexts: RowContext[]) {
  const introIds = contexts.flatMap((c) => (c.introId === null ? [] : [c.introId]));
  const { rows: links } = await q.query<{ introId: number; memberId: number }>(
    `SELECT intro_id AS "introId", member_id AS "memberId" FROM intro_members WHERE intro_id = ANY($1::bigint[])`,
    [introIds],
  );
  const ids = new Set([
    ...links.map((l) => l.memberId),
    ...contexts.flatMap((c) => (c.memberId ? [c.memberId] : [])),
  ]);
  const { rows } = await q.query<GroupMember>(
    `SELECT id, platform_user_id AS "userId", status,
       (SELECT p.timezone FROM profiles p WHERE p.member_id = members.id) AS timezone
     FROM members WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE`,
    [[...ids]],
  );
  const byId = new Map(rows.map((m) => [m.id, m]));
  const groups = new Map<number, GroupMember[]>();
  for (const link of links) {
    const member = byId.get(link.memberId);
    if (member) groups.set(link.introId, [...(groups.get(link.introId) ?? []), member]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.id - b.id);
  return { byId, groups };
}

/** Members in a group who blocked another member of the same group. */
async function findBlockers(q: Queryable, contexts: RowContext[], groups: Map<number, GroupMember[]>) {
  const hasher = await subjectHasher(q);
  const hashOwner = new Map<string, { introId: number; memberId: number }[]>();
  const members: number[] = [];
  for (const c of contexts) {
    if (c.introId === null || c.memberId !== null) continue;
    for (const m of groups.get(c.introId) ?? []) {
      const ref = { platform: c.platform, externalId: c.externalId, userId: m.userId };
      // Blocks written before hashes were keyed still hold, by their plain hash.
      for (const hash of [hasher.hash(ref), hasher.legacy(ref)])
        hashOwner.set(hash, [...(hashOwner.get(hash) ?? []), { introId: c.introId, memberId: m.id }]);
      members.push(m.id);
    }
  }
  if (members.length === 0) return new Map<number, number[]>();
  const { rows } = await q.query<{ memberId: number; hash: string }>(
    `SELECT member_id AS "memberId", blocked_hash AS hash FROM blocks
     WHERE member_id = ANY($1::bigint[]) AND blocked_hash = ANY($2::text[])`,
    [members, [...hashOwner.keys()]],
  );
  const blockers = new Map<number, number[]>();
  for (const row of rows) {
    for (const target of hashOwner.get(row.hash) ?? []) {
      const sameIntro = groups.get(target.introId)?.some((m) => m.id === row.memberId);
      if (sameIntro) blockers.set(target.introId, [...(blockers.get(target.introId) ?? []), row.memberId]);
    }
  }
  return blockers;
}

function prepareIntro(
  row: ClaimedRow,
  c: RowContext,
  group: GroupMember[],
  blockers: number[],
  now: Date,
): Prepared {
  if (c.introStatus !== 'pending') return { action: 'drop', reason: `intro_${c.introStatus ?? 'gone'}` };
  const cancel = (reason: CancelReason, causedBy: number[]): Prepared => ({
    action: 'cancel',
    reason,
    members: group,
    causedBy,
  });
  const having = (status: GroupMember['status']) => group.filter((m) => m.status === status).map((m) => m.id);
  if (c.communityStatus !== 'active')
    return cancel(
      'community_stopped',
      group.map((m) => m.id),
    );
  const pair = trioAsPair(c, group, blockers);
  if (pair) return sendTo(row, c, now, pair.members, pair.shrink);
  if (group.length < (c.size ?? 2)) return cancel('member_forgotten', []);
  if (having('left').length > 0) return cancel('member_left', having('left'));
  if (having('paused').length > 0) return cancel('member_paused', having('paused'));
  if (blockers.length > 0) return cancel('blocked', blockers);
  return sendTo(row, c, now, group);
}

/**
 * A trio that lost exactly one member (left, paused or forgotten) still makes a valid
 * pair when the two who remain are active and neither blocked anyone in the group: they
 * meet as two rather than not at all. Undefined when that is not the case.
 */
function trioAsPair(c: RowContext, group: GroupMember[], blockers: number[]) {
  if (c.size !== 3) return undefined;
  const staying = group.filter((m) => m.status === 'active');
  if (staying.length !== 2) return undefined;
  // A block names its target only by a hash: any blocker among the two may have blocked the other.
  if (staying.some((m) => blockers.includes(m.id))) return undefined;
  const leftOut = group.filter((m) => m.status !== 'active').map((m) => m.id);
  const shared = c.shared ?? { hobbies: [], volunteer: [] };
  return { members: staying, shrink: { leftOut, why: whyForTwo(shared) } };
}

function sendTo(
  row: ClaimedRow,
  c: RowContext,
  now: Date,
  members: GroupMember[],
  shrink?: { leftOut: number[]; why: string },
): Prepared {
  return {
    action: 'send',
    platform: c.platform,
    members,
    ...(shrink ? { shrink } : {}),
    message: {
      intro: {
        introId: row.introId!,
        communityExternalId: c.externalId,
        userIds: members.map((m) => m.userId),
        shared: c.shared ?? { hobbies: [], volunteer: [] },
        // The core names members by id; the platform knows them by user id.
        why: mapMentionTokens(
          shrink?.why ?? c.why ?? '',
          new Map(members.map((m) => [String(m.id), m.userId])),
        ),
        icebreaker: c.icebreaker ?? '',
        channelId: c.introsChannel,
        nonce: `outbox:${row.id}`,
        ...mayHavePosted(row),
        meeting: suggestMeetingTimes(
          members.map((m) => m.timezone),
          now,
        ),
      },
    },
  };
}

/** Every claim bumps the fence: above 1, an earlier claim may have posted before it was lost. */
const mayHavePosted = (row: ClaimedRow) => (row.fence > 1 ? { mayHavePosted: true } : {});

function prepareDirect(
  row: ClaimedRow,
  c: RowContext,
  member: GroupMember | undefined,
  group: GroupMember[],
): Prepared {
  if (!member) return { action: 'drop', reason: 'member_forgotten' };
  if (c.communityStatus !== 'active') return { action: 'drop', reason: 'community_stopped' };
  if (member.status === 'left') return { action: 'drop', reason: 'member_left' };
  const base = {
    communityExternalId: c.externalId,
    userId: member.userId,
    nonce: `outbox:${row.id}`,
    ...mayHavePosted(row),
  };
  const send = (direct: DirectDelivery): Prepared => ({
    action: 'send',
    platform: c.platform,
    members: [member],
    message: { direct },
  });
  if (row.kind === 'notice') {
    const text = typeof row.payload['text'] === 'string' ? row.payload['text'] : '';
    return send({ kind: 'notice', text, ...base });
  }
  if (c.introStatus !== 'sent') return { action: 'drop', reason: `intro_${c.introStatus ?? 'gone'}` };
  const others = group.filter((m) => m.id !== member.id).map((m) => m.userId);
  return send({
    kind: row.kind === 'ask' || row.kind === 'checkin' ? row.kind : 'nudge',
    introId: row.introId!,
    otherUserIds: others,
    ...base,
  });
}

/**
 * Re-checks, inside the claim and with everyone involved locked, whatever the claimed rows
 * would post, and decides for each: send it, call the intro off, or drop the message.
 */
export async function prepareDeliveries(
  q: Queryable,
  rows: ClaimedRow[],
  now: Date = new Date(),
): Promise<Map<number, Prepared>> {
  const contexts = await loadContexts(
    q,
    rows.map((r) => r.id),
  );
  const { byId, groups } = await lockMembers(q, contexts);
  const blockers = await findBlockers(q, contexts, groups);
  const byRow = new Map(contexts.map((c) => [c.rowId, c]));
  const prepared = new Map<number, Prepared>();
  for (const row of rows) {
    const c = byRow.get(row.id);
    if (!c) continue;
    const group = c.introId === null ? [] : (groups.get(c.introId) ?? []);
    prepared.set(
      row.id,
      row.kind === 'intro'
        ? prepareIntro(row, c, group, blockers.get(c.introId!) ?? [], now)
        : prepareDirect(row, c, byId.get(row.memberId!), group),
    );
  }
  await skipAnsweredAsks(q, rows, prepared);
  return prepared;
}
