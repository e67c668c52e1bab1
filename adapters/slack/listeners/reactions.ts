import type { App } from '@slack/bolt';
import type { Result } from '../../../src/domain/result.ts';
import { recordFeedback, retractFeedback } from '../../../src/rounds/record-feedback.ts';
import type { Db } from '../../../src/store/db.ts';
import { answerForReaction } from '../feedback-reactions.ts';
import { processEventOnce } from '../process-event-once.ts';
import { communityLog, type SlackDeps } from '../slack-deps.ts';

/**
 * 🤝 😐 🚫 on a member's private ask (or nudge) are their answer for that intro; so are
 * they on a group intro message (those sent before answers were asked privately carry
 * them). Taking the reaction back retracts it. Other emoji, other messages, people who
 * were not in the intro, and anyone but the recipient of a private message are ignored
 * (the use-case answers `feedback.not_an_intro`/`not_in_intro`).
 */
export function registerReactions(app: App, deps: SlackDeps): void {
  for (const type of ['reaction_added', 'reaction_removed'] as const) {
    app.event(type, async ({ event, body }) => {
      const answer = answerForReaction(event.reaction);
      if (!answer || event.item.type !== 'message') return;
      const input = {
        platform: 'slack' as const,
        communityExternalId: body.team_id,
        userId: event.user,
        channelId: event.item.channel,
        messageId: event.item.ts,
        answer,
        source: 'reaction' as const,
      };
      const effect = (db: Db): Promise<Result<unknown>> =>
        type === 'reaction_added'
          ? recordFeedback({ ...deps.runtime, db }, input)
          : retractFeedback({ ...deps.runtime, db }, input);
      const done = await processEventOnce(deps.runtime.db, body.event_id, effect);
      communityLog(deps, body.team_id).debug(
        { event: type, answer, outcome: done ? (done.value.ok ? 'recorded' : done.value.code) : 'duplicate' },
        'slack: reaction',
      );
    });
  }
}
