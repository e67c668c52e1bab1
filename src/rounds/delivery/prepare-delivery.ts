import type { CommunityPlatform } from '../../domain/community.ts';
import { subjectHash } from '../../members/subject-hash.ts';
import type { DirectDelivery, IntroDelivery } from '../../platform.ts';
import type { Queryable } from '../../store/db.ts';
import type { ClaimedRow } from './claim-outbox.ts';

export interface GroupMember {
  id: number;
  userId: string;
  status: 'active' | 'paused' | 'left';
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
    }
  | { action: 'cancel'; reason: string; members: GroupMember[]; causedBy: number[] }
  | { action: 'drop'; reason: string };

interface IntroRow {
  status: string;
  size: number;
  shared: IntroDelivery['shared'];
  why: string;
  icebreaker: string;
  platform: CommunityPlatform;
  externalId: string;
  introsChannel: string | null;
  communityStatus: string;
}

async function lockMembers(q: Queryable, introId: number): Promise<GroupMember[]> {
  // FOR UPDATE on the members' rows, held until the send has finished: an opt-out, forget
  // or block (whose foreign-key check takes a KEY SHARE lock on the blocker) committed
  // before this point is seen here, and one that comes later waits for the send.
  const { rows } = await q.query<GroupMember>(
    `SELECT m.id, m.platform_user_id AS "userId", m.status FROM intro_members im
     JOIN members m ON m.id = im.member_id WHERE im.intro_id = $1 ORDER BY m.id FOR UPDATE OF m`,
    [introId],
  );
  return rows;
}

async function blockers(q: Queryable, intro: IntroRow, members: GroupMember[]): Promise<number[]> {
  const ref = { platform: intro.platform, externalId: intro.externalId };
  const { rows } = await q.query<{ memberId: number }>(
    `SELECT DISTINCT member_id AS "memberId" FROM blocks WHERE member_id = ANY($1::bigint[]) AND blocked_hash = ANY($2::text[])`,
    [members.map((m) => m.id), members.map((m) => subjectHash({ ...ref, userId: m.userId }))],
  );
  return rows.map((r) => r.memberId);
}

/** Re-checks an intro inside the claim, with its members locked, and builds what to post. */
async function prepareIntro(q: Queryable, row: ClaimedRow): Promise<Prepared> {
  const { rows } = await q.query<IntroRow>(
    `SELECT i.status, i.size, i.shared, i.why, i.icebreaker, c.platform, c.external_id AS "externalId",
       c.intros_channel AS "introsChannel", c.status AS "communityStatus"
     FROM intros i JOIN communities c ON c.id = i.community_id WHERE i.id = $1`,
    [row.introId],
  );
  const intro = rows[0];
  if (!intro || intro.status !== 'pending')
    return { action: 'drop', reason: `intro_${intro?.status ?? 'gone'}` };
  const members = await lockMembers(q, row.introId!);
  const gone = (status: GroupMember['status']) => members.filter((m) => m.status === status).map((m) => m.id);
  const cancel = (reason: CancelReason, causedBy: number[]): Prepared => ({
    action: 'cancel',
    reason,
    members,
    causedBy,
  });
  if (intro.communityStatus !== 'active')
    return cancel(
      'community_stopped',
      members.map((m) => m.id),
    );
  if (members.length < intro.size) return cancel('member_forgotten', []);
  if (gone('left').length > 0) return cancel('member_left', gone('left'));
  if (gone('paused').length > 0) return cancel('member_paused', gone('paused'));
  const blocking = await blockers(q, intro, members);
  if (blocking.length > 0) return cancel('blocked', blocking);
  return {
    action: 'send',
    platform: intro.platform,
    members,
    message: {
      intro: {
        introId: row.introId!,
        communityExternalId: intro.externalId,
        userIds: members.map((m) => m.userId),
        shared: intro.shared,
        why: intro.why,
        icebreaker: intro.icebreaker,
        channelId: intro.introsChannel,
        nonce: `outbox:${row.id}`,
      },
    },
  };
}

/** Re-checks a private message: its member still takes part, its intro still stands. */
async function prepareDirect(q: Queryable, row: ClaimedRow): Promise<Prepared> {
  const { rows } = await q.query<{
    userId: string;
    status: GroupMember['status'];
    platform: CommunityPlatform;
    externalId: string;
    communityStatus: string;
    introStatus: string | null;
    others: string[] | null;
  }>(
    `SELECT m.platform_user_id AS "userId", m.status, c.platform, c.external_id AS "externalId",
       c.status AS "communityStatus", i.status AS "introStatus",
       (SELECT array_agg(o.platform_user_id ORDER BY o.id) FROM intro_members im JOIN members o ON o.id = im.member_id
         WHERE im.intro_id = $2 AND o.id <> m.id) AS others
     FROM members m JOIN communities c ON c.id = m.community_id
     LEFT JOIN intros i ON i.id = $2
     WHERE m.id = $1 FOR UPDATE OF m`,
    [row.memberId, row.introId],
  );
  const found = rows[0];
  if (!found) return { action: 'drop', reason: 'member_forgotten' };
  if (found.communityStatus !== 'active') return { action: 'drop', reason: 'community_stopped' };
  if (found.status === 'left') return { action: 'drop', reason: 'member_left' };
  const member: GroupMember = { id: row.memberId!, userId: found.userId, status: found.status };
  const base = { communityExternalId: found.externalId, userId: found.userId, nonce: `outbox:${row.id}` };
  if (row.kind === 'notice') {
    const text = typeof row.payload['text'] === 'string' ? row.payload['text'] : '';
    return {
      action: 'send',
      platform: found.platform,
      members: [member],
      message: { direct: { kind: 'notice', text, ...base } },
    };
  }
  if (found.introStatus !== 'sent') return { action: 'drop', reason: `intro_${found.introStatus ?? 'gone'}` };
  const kind = row.kind === 'checkin' ? 'checkin' : 'nudge';
  return {
    action: 'send',
    platform: found.platform,
    members: [member],
    message: { direct: { kind, introId: row.introId!, otherUserIds: found.others ?? [], ...base } },
  };
}

/** Locks and re-checks whatever a claimed row would post; decides send, cancel or drop. */
export function prepareDelivery(q: Queryable, row: ClaimedRow): Promise<Prepared> {
  return row.kind === 'intro' ? prepareIntro(q, row) : prepareDirect(q, row);
}
