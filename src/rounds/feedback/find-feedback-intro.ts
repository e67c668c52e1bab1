import type { CommunityPlatform } from '../../domain/community.ts';
import type { Result } from '../../domain/result.ts';
import { fail, ok } from '../../domain/result.ts';
import type { Queryable } from '../../store/db.ts';

/** Which intro an answer is about: buttons carry its id, reactions the message they are on. */
export type FeedbackTarget = { introId: number } | { channelId: string; messageId: string };

export interface FeedbackWho {
  platform: CommunityPlatform;
  /** Workspace or guild; null for a reaction in a DM, where the message tells the community. */
  communityExternalId: string | null;
  userId: string;
}

export type FeedbackLookupError = 'feedback.not_an_intro' | 'feedback.not_in_intro' | 'feedback.not_joined';

export interface TargetRow {
  introId: number;
  communityId: number;
  platform: string;
  externalId: string;
  memberId: number | null;
  inIntro: boolean;
}

/**
 * SQL selecting the intro an answer is about, the member giving it and whether they are in
 * it (parameters $1 to $2 or $3).
 * `accepted` is true when the answer may be stored (same platform and community, member in it).
 */
export function feedbackTargetSql(input: FeedbackTarget & FeedbackWho): { sql: string; params: unknown[] } {
  const byId = 'introId' in input;
  // A private message (an ask, a nudge, a DM intro) belongs to its recipient: only they answer on it.
  const ownMessage = byId
    ? ''
    : ' AND NOT EXISTS (SELECT 1 FROM intro_messages own WHERE own.channel_id = $2 AND own.message_id = $3 AND own.member_id <> m.id)';
  return {
    sql: `SELECT i.id AS "introId", c.id AS "communityId", c.platform, c.external_id AS "externalId", m.id AS "memberId",
       EXISTS (SELECT 1 FROM intro_members im WHERE im.intro_id = i.id AND im.member_id = m.id)${ownMessage} AS "inIntro"
     FROM intros i JOIN communities c ON c.id = i.community_id
     LEFT JOIN members m ON m.community_id = c.id AND m.platform_user_id = $1
     WHERE i.id = ${byId ? '$2::bigint' : '(SELECT intro_id FROM intro_messages WHERE channel_id = $2 AND message_id = $3)'}`,
    params: byId ? [input.userId, input.introId] : [input.userId, input.channelId, input.messageId],
  };
}

/**
 * Judges a looked-up target. An intro from another community or platform is
 * `not_an_intro`, so a forged id cannot reach someone else's intro.
 */
export function judgeTarget(
  found: TargetRow | undefined,
  input: FeedbackWho,
): Result<{ introId: number; memberId: number; communityId: number }, FeedbackLookupError> {
  if (
    !found ||
    found.platform !== input.platform ||
    (input.communityExternalId !== null && found.externalId !== input.communityExternalId)
  )
    return fail('feedback.not_an_intro');
  if (found.memberId === null) return fail('feedback.not_joined');
  if (!found.inIntro) return fail('feedback.not_in_intro');
  return ok({ introId: found.introId, memberId: found.memberId, communityId: found.communityId });
}

/** The intro and the member an answer belongs to. */
export async function findFeedbackIntro(q: Queryable, input: FeedbackTarget & FeedbackWho) {
  const { sql, params } = feedbackTargetSql(input);
  const { rows } = await q.query<TargetRow>(sql, params);
  return judgeTarget(rows[0], input);
}
