import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { CHECKIN_ANSWERS, INITIAL_ANSWERS } from '../../../src/domain/intro.ts';
import { recordFeedback } from '../../../src/rounds/record-feedback.ts';
import { FEEDBACK_REACTIONS } from '../feedback-reactions.ts';
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

/** Answer buttons in nudge and check-in DMs: the same feedback as a reaction, from a click. */
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
      if (!parsed.success)
        return log.warn({ actionId: action.action_id }, 'slack: unreadable feedback button');
      const result = await recordFeedback(deps.runtime, {
        platform: 'slack',
        communityExternalId: teamId,
        userId: body.user.id,
        introId: parsed.data.introId,
        answer: parsed.data.answer,
        source: 'button',
      });
      if (!result.ok) return log.info({ code: result.code }, 'slack: feedback button not recorded');
      // Replace the buttons with the answer, so the question is visibly settled.
      await respond({ replace_original: true, text: THANKS[parsed.data.answer] ?? 'Thanks!' });
    },
  );
}
