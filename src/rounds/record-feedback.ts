import type { CheckinAnswer, InitialAnswer } from '../domain/intro.ts';
import { CHECKIN_ANSWERS } from '../domain/intro.ts';
import type { Result } from '../domain/result.ts';
import { ok } from '../domain/result.ts';
import type { FeedbackLookupError, FeedbackTarget, FeedbackWho } from './feedback/find-feedback-intro.ts';
import { findFeedbackIntro } from './feedback/find-feedback-intro.ts';
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

/**
 * Records how an intro went (kind `initial`) or whether people are still in touch (kind
 * `checkin`). A member may change their answer; a retried event or a second click on the
 * same answer changes nothing (`changed: false`). Someone not in the intro gets
 * `feedback.not_in_intro`, which callers ignore silently.
 */
export async function recordFeedback(
  deps: Pick<RoundDeps, 'db' | 'clock' | 'metrics'>,
  input: FeedbackInput,
): Promise<Result<{ introId: number; kind: FeedbackKind; changed: boolean }, FeedbackLookupError>> {
  const found = await findFeedbackIntro(deps.db, input);
  if (!found.ok) return found;
  const { introId, memberId } = found.value;
  const kind = kindOfAnswer(input.answer);
  const now = clockOf(deps);
  const saved = await deps.db.query(
    `INSERT INTO feedback (intro_id, member_id, kind, answer, source, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)
     ON CONFLICT (intro_id, member_id, kind) DO UPDATE
       SET answer = EXCLUDED.answer, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at
       WHERE feedback.answer <> EXCLUDED.answer
     RETURNING id`,
    [introId, memberId, kind, input.answer, input.source, now],
  );
  if (input.neverAgain) {
    await deps.db.query(
      `INSERT INTO pair_exclusions (member_a, member_b, created_at)
       SELECT least($2::bigint, im.member_id), greatest($2::bigint, im.member_id), $3
       FROM intro_members im WHERE im.intro_id = $1 AND im.member_id <> $2
       ON CONFLICT DO NOTHING`,
      [introId, memberId, now],
    );
  }
  if (saved.rowCount > 0) deps.metrics?.feedback.inc({ answer: input.answer });
  return ok({ introId, kind, changed: saved.rowCount > 0 });
}
