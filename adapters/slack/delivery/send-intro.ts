import type { webApi } from '@slack/bolt';
import type { Logger } from '../../../src/log.ts';
import type { DeliveryResult, IntroDelivery } from '../../../src/platform.ts';
import { renderIntroBlocks } from '../render-intro-blocks.ts';
import { openAndPost } from './deliver.ts';
import { seedReactions } from './seed-reactions.ts';

/** One intro: a group DM with the two or three people, one message, three answer reactions. */
export async function sendIntro(
  client: webApi.WebClient,
  intro: IntroDelivery,
  log: Logger,
): Promise<DeliveryResult> {
  const posted = await openAndPost(
    client,
    {
      userIds: intro.userIds,
      message: renderIntroBlocks(intro),
      nonce: intro.nonce,
      mayHavePosted: intro.mayHavePosted,
    },
    log,
  );
  if (posted.ok) await seedReactions(client, posted.channelId, posted.messageId, log);
  return posted;
}
