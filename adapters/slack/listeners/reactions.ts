import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { Result } from '../../../src/domain/result.ts';
import { recordFeedback, retractFeedback } from '../../../src/rounds/record-feedback.ts';
import type { Db } from '../../../src/store/db.ts';
import { answerForReaction } from '../feedback-reactions.ts';
import { processEventOnce } from '../process-event-once.ts';
import { communityLog, type SlackDeps } from '../slack-deps.ts';

// What a reaction event must carry to be feedback; Slack's own events always do.
const reactionEvent = z.object({
  user: z.string().min(1),
  reaction: z.string(),
  item: z.object({ type: z.string(), channel: z.string().optional(), ts: z.string().optional() }),
});

/**
 * 🤝 😐 🚫 on a member's private ask (or nudge) are their answer for that intro; so are
 * they on a group intro message (those sent before answers were asked privately carry
 * them). Taking the reaction back retracts it. Other emoji, other messages, people who
 * were not in the intro, and anyone but the recipient of a private message are ignored
 * (the use-case answers `feedback.not_an_intro`/`not_in_intro`).
 */
export function registerReactions(app: App, deps: SlackDeps): void {
  for (const type of ['reaction_added', 'reaction_removed'] as const) {
    app.event(type, async ({ event: raw, body }) => {
      const parsed = reactionEvent.safeParse(raw);
      if (!parsed.success) {
        // Answered 200: a malformed event would fail again on every redelivery.
        communityLog(deps, body.team_id).warn({ event: type }, 'slack: malformed reaction event ignored');
        return;
      }
      const event = parsed.data;
      const answer = answerForReaction(event.reaction);
      const { channel, ts } = event.item;
      if (!answer || event.item.type !== 'message' || !channel || !ts) return;
      const input = {
        platform: 'slack' as const,
        communityExternalId: body.team_id,
        userId: event.user,
        channelId: channel,
        messageId: ts,
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
