import type { CheckinAnswer, InitialAnswer } from '../../domain/intro.ts';
import type { Result } from '../../domain/result.ts';
import { ok } from '../../domain/result.ts';
import type { Db } from '../../store/db.ts';
import type { FeedbackLookupError, FeedbackTarget, FeedbackWho } from './find-feedback-intro.ts';
import { findFeedbackIntro } from './find-feedback-intro.ts';

/**
 * A reaction taken back: deletes that answer, but only if it is still the member's
 * current one (reacting 🤝, then 😐, then removing 🤝 leaves 😐 standing).
 */
export async function retractFeedback(
  deps: { db: Db },
  input: FeedbackTarget & FeedbackWho & { answer: InitialAnswer | CheckinAnswer },
): Promise<Result<{ removed: boolean }, FeedbackLookupError>> {
  const found = await findFeedbackIntro(deps.db, input);
  if (!found.ok) return found;
  const { rowCount } = await deps.db.query(
    'DELETE FROM feedback WHERE intro_id = $1 AND member_id = $2 AND answer = $3',
    [found.value.introId, found.value.memberId, input.answer],
  );
  return ok({ removed: rowCount > 0 });
}
