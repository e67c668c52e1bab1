import type { CheckinAnswer, InitialAnswer } from '../domain/intro.ts';
import { CHECKIN_ANSWERS } from '../domain/intro.ts';
import type { Result } from '../domain/result.ts';
import { ok } from '../domain/result.ts';
import type {
  FeedbackLookupError,
  FeedbackTarget,
  FeedbackWho,
  TargetRow,
} from './feedback/find-feedback-intro.ts';
import { judgeTarget } from './feedback/find-feedback-intro.ts';
import type { RoundDeps } from './round-deps.ts';
import { clockOf } from './round-deps.ts';

export type { FeedbackTarget, FeedbackWho } from './feedback/find-feedback-intro.ts';
// The adapters' feedback listeners import these three together.
export { retractFeedback } from './feedback/retract-feedback.ts';
export { markEventProcessed } from './feedback/mark-event-processed.ts';

export type FeedbackInput = FeedbackTarget &
  FeedbackWho & {
    answer: InitialAnswer | CheckinAnswer;
    source: 'reaction' | 'button' | 'command';
    /**
     * "Don't introduce us again": a dedicated button, separate from the answer, because
     * an intro can feel transactional without being wrong. It adds a never-again pair
     * with each other member of the intro.
     */
    neverAgain?: boolean;
  };

export type FeedbackKind = 'initial' | 'checkin';
export const kindOfAnswer = (answer: InitialAnswer | CheckinAnswer): FeedbackKind =>
  (CHECKIN_ANSWERS as readonly string[]).includes(answer) ? 'checkin' : 'initial';

export type FeedbackResult = Result<
  { introId: number; kind: FeedbackKind; changed: boolean },
  FeedbackLookupError
>;

type Deps = Pick<RoundDeps, 'db' | 'clock' | 'metrics'>;

/**
 * Records how an intro went (kind `initial`) or whether people are still in touch (kind
 * `checkin`). A member may change their answer; a retried event or a second click on the
 * same answer changes nothing (`changed: false`). Someone not in the intro gets
 * `feedback.not_in_intro`, which callers ignore silently.
 */
export async function recordFeedback(deps: Deps, input: FeedbackInput): Promise<FeedbackResult> {
  const [result] = await recordFeedbackBatch(deps, [input]);
  return result!;
}

/**
 * The same for many answers at once, in one statement, results in input order; for
 * several answers to the same intro by the same member, the last one counts.
 */
export async function recordFeedbackBatch(deps: Deps, inputs: FeedbackInput[]): Promise<FeedbackResult[]> {
  if (inputs.length === 0) return [];
  const now = clockOf(deps);
  const column = <T>(f: (input: FeedbackInput) => T) => inputs.map(f);
  const { rows } = await deps.db.query<TargetRow & { n: number; saved: boolean }>(
    `WITH x AS (
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::text[]) WITH ORDINALITY
         AS x(user_id, intro_id, channel_id, message_id, kind, answer, source, platform, external_id, n)),
     target AS (
       SELECT x.*, i.id AS "introId", c.id AS "communityId", c.platform AS "platformOf", c.external_id AS "externalId",
         m.id AS "memberId",
         -- A private message (ask, nudge, DM intro) is answered only by the member it was sent to.
         EXISTS (SELECT 1 FROM intro_members im WHERE im.intro_id = i.id AND im.member_id = m.id)
           AND (msg.member_id IS NULL OR msg.member_id = m.id) AS "inIntro"
       FROM x
       LEFT JOIN intro_messages msg ON x.intro_id IS NULL AND msg.channel_id = x.channel_id AND msg.message_id = x.message_id
       LEFT JOIN intros i ON i.id = COALESCE(x.intro_id, msg.intro_id)
       LEFT JOIN communities c ON c.id = i.community_id
       LEFT JOIN members m ON m.community_id = c.id AND m.platform_user_id = x.user_id),
     saved AS (
       INSERT INTO feedback (intro_id, member_id, kind, answer, source, created_at, updated_at)
       SELECT DISTINCT ON (t."introId", t."memberId", t.kind) t."introId", t."memberId", t.kind, t.answer, t.source, $10, $10
       FROM target t
       WHERE t."inIntro" AND t."platformOf" = t.platform AND (t.external_id IS NULL OR t."externalId" = t.external_id)
       ORDER BY t."introId", t."memberId", t.kind, t.n DESC
       ON CONFLICT (intro_id, member_id, kind) DO UPDATE
         SET answer = EXCLUDED.answer, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at
         WHERE feedback.answer <> EXCLUDED.answer
       RETURNING intro_id, member_id, kind)
     SELECT t.n, t."introId", t."communityId", t."platformOf" AS platform, t."externalId", t."memberId", t."inIntro",
       EXISTS (SELECT 1 FROM saved s WHERE s.intro_id = t."introId" AND s.member_id = t."memberId" AND s.kind = t.kind) AS saved
     FROM target t ORDER BY t.n`,
    [
      column((i) => i.userId),
      column((i) => ('introId' in i ? i.introId : null)),
      column((i) => ('introId' in i ? null : i.channelId)),
      column((i) => ('introId' in i ? null : i.messageId)),
      column((i) => kindOfAnswer(i.answer)),
      column((i) => i.answer),
      column((i) => i.source),
      column((i) => i.platform),
      column((i) => i.communityExternalId),
      now,
    ],
  );
  const results: FeedbackResult[] = [];
  const exclusions: { introId: number; memberId: number }[] = [];
  for (const [index, input] of inputs.entries()) {
    const row = rows[index];
    const found = judgeTarget(row?.introId == null ? undefined : row, input);
    if (!found.ok) {
      results.push(found);
      continue;
    }
    const changed = row?.saved === true;
    if (changed) deps.metrics?.feedback.inc({ answer: input.answer });
    if (input.neverAgain) exclusions.push(found.value);
    results.push(ok({ introId: found.value.introId, kind: kindOfAnswer(input.answer), changed }));
  }
  if (exclusions.length > 0) {
    await deps.db.query(
      `INSERT INTO pair_exclusions (member_a, member_b, created_at)
       SELECT least(x.member_id, im.member_id), greatest(x.member_id, im.member_id), $3
       FROM unnest($1::bigint[], $2::bigint[]) AS x(intro_id, member_id)
       JOIN intro_members im ON im.intro_id = x.intro_id AND im.member_id <> x.member_id
       ON CONFLICT DO NOTHING`,
      [exclusions.map((e) => e.introId), exclusions.map((e) => e.memberId), now],
    );
  }
  return results;
}
