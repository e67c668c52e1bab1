import type { webApi } from '@slack/bolt';
import type { Logger } from '../../../src/log.ts';
import { FEEDBACK_REACTIONS } from '../feedback-reactions.ts';
import { slackErrorCode } from '../map-slack-error.ts';

/**
 * Adds the three answer reactions to an intro so each person answers with one click.
 * Best effort, and only while the reactions.add budget has room: the intro is already
 * posted, and failing the delivery now would post it again. `already_reacted` means an
 * earlier attempt got there first.
 */
export async function seedReactions(
  client: webApi.WebClient,
  channel: string,
  ts: string,
  log: Logger,
): Promise<void> {
  for (const { name } of FEEDBACK_REACTIONS) {
    try {
      await client.reactions.add({ channel, timestamp: ts, name });
    } catch (error) {
      if (slackErrorCode(error) === 'already_reacted') continue;
      // No reaction slot free now: intros and answers matter more; members still have buttons.
      if ((error as { paced?: boolean }).paced) {
        log.debug({ reaction: name }, 'slack: reactions left out, the rate budget is spent');
        return;
      }
      log.warn({ err: error, reaction: name }, 'slack: could not add a feedback reaction');
    }
  }
}
