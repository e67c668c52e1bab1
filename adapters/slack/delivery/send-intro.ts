import type { webApi } from '@slack/bolt';
import type { Logger } from '../../../src/log.ts';
import type { DeliveryResult, IntroDelivery } from '../../../src/platform.ts';
import { renderIntroBlocks } from '../render-intro-blocks.ts';
import { openAndPost } from './deliver.ts';

/**
 * One intro: a group DM with the two or three people, one message. No reactions are
 * seeded on it: answers are asked privately, and the API calls are saved for intros.
 */
export function sendIntro(
  client: webApi.WebClient,
  intro: IntroDelivery,
  log: Logger,
): Promise<DeliveryResult> {
  return openAndPost(
    client,
    {
      userIds: intro.userIds,
      message: renderIntroBlocks(intro),
      nonce: intro.nonce,
      mayHavePosted: intro.mayHavePosted,
    },
    log,
  );
}
