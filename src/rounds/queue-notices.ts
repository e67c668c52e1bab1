import type { Queryable } from '../store/db.ts';
import type { NoticeCode } from './notice-text.ts';
import { NOTICE_TEXT } from './notice-text.ts';

export interface Notice {
  memberId: number;
  code: NoticeCode;
  /** Unique per reason and occasion, so a retried step never tells anyone twice. */
  dedupeKey: string;
}

/** Queues private notices; returns the members actually queued (not seen before). */
export async function queueNotices(
  q: Queryable,
  communityId: number,
  notices: ReadonlyArray<Notice>,
  now: Date,
): Promise<number[]> {
  if (notices.length === 0) return [];
  const { rows } = await q.query<{ memberId: number }>(
    `INSERT INTO outbox (community_id, member_id, kind, payload, dedupe_key, available_at, created_at)
     SELECT $1, n.member_id, 'notice', jsonb_build_object('code', n.code, 'text', n.text), n.key, $5, $5
     FROM unnest($2::bigint[], $3::text[], $4::text[], $6::text[]) AS n(member_id, code, key, text)
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING member_id AS "memberId"`,
    [
      communityId,
      notices.map((n) => n.memberId),
      notices.map((n) => n.code),
      notices.map((n) => n.dedupeKey),
      now,
      notices.map((n) => NOTICE_TEXT[n.code]),
    ],
  );
  return rows.map((r) => r.memberId);
}

/** Those who sat out, or lost their partner, go first next round. */
export async function raisePriority(q: Queryable, memberIds: ReadonlyArray<number>): Promise<void> {
  if (memberIds.length === 0) return;
  await q.query('UPDATE members SET priority = priority + 1 WHERE id = ANY($1::bigint[])', [memberIds]);
}
