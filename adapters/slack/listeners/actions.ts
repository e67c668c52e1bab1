import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { CHECKIN_ANSWERS, INITIAL_ANSWERS, type InitialAnswer } from '../../../src/domain/intro.ts';
import { recordFeedback } from '../../../src/rounds/record-feedback.ts';
import { FEEDBACK_REACTIONS } from '../feedback-reactions.ts';
import { renderAnsweredAsk } from '../render-answered-ask.ts';
import { FEEDBACK_ACTION_PREFIX } from '../render-direct-blocks.ts';
import { communityLog, type SlackDeps } from '../slack-deps.ts';

const feedbackButton = z.object({
  answer: z.enum([...INITIAL_ANSWERS, ...CHECKIN_ANSWERS]),
  introId: z.coerce.number().int().positive(),
});

const THANKS: Record<string, string> = {
  ...Object.fromEntries(FEEDBACK_REACTIONS.map((r) => [r.answer, `Thanks! Noted: ${r.label}.`])),
  in_touch: 'Lovely to hear you are still in touch. Thanks!',
  not_in_touch: 'Thanks for telling me. It helps me make better intros.',
};

const NOT_RECORDED = 'I could not record that answer: this introduction is no longer open to you.';
const UNREADABLE = 'That button is too old for me to read.';

const isInitial = (answer: string): answer is InitialAnswer =>
  (INITIAL_ANSWERS as readonly string[]).includes(answer);

/**
 * Answer buttons in private asks, nudges and check-ins: the same feedback as a reaction,
 * from a click by the member whose DM it is (the intro id is in the button; the person is
 * whoever pressed it). The only call is the reply on the response_url: an ask is redrawn
 * with the answer noted and its buttons kept, so the answer can be changed; a nudge or
 * check-in has its buttons replaced by thanks.
 */
export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${FEEDBACK_ACTION_PREFIX}`),
    async ({ ack, body, action, respond }) => {
      await ack();
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const log = communityLog(deps, teamId);
      const parsed = feedbackButton.safeParse({
        answer: action.action_id.slice(FEEDBACK_ACTION_PREFIX.length),
        introId: action.value,
      });
      if (!parsed.success) {
        log.warn({ actionId: action.action_id.slice(0, 100) }, 'slack: unreadable feedback button');
        return void (await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: UNREADABLE,
        }));
      }
      const { answer, introId } = parsed.data;
      const result = await recordFeedback(deps.runtime, {
        platform: 'slack',
        communityExternalId: teamId,
        userId: body.user.id,
        introId,
        answer,
        source: 'button',
      });
      if (!result.ok) {
        log.info({ code: result.code }, 'slack: feedback button not recorded');
        return void (await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: NOT_RECORDED,
        }));
      }
      const redrawn =
        action.block_id === 'kindred_ask' && isInitial(answer)
          ? renderAnsweredAsk(body.message, answer)
          : undefined;
      await respond(
        redrawn
          ? { replace_original: true, ...redrawn }
          : { replace_original: true, text: THANKS[answer] ?? 'Thanks!' },
      );
    },
  );
}
