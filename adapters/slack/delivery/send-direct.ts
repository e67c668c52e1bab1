import type { webApi } from '@slack/bolt';
import type { Logger } from '../../../src/log.ts';
import type { DeliveryResult, DirectDelivery } from '../../../src/platform.ts';
import { renderDirectBlocks } from '../render-direct-blocks.ts';
import { openAndPost } from './deliver.ts';

/** A nudge, check-in (with answer buttons) or notice, in the member's DM with the bot. */
export function sendDirect(
  client: webApi.WebClient,
  message: DirectDelivery,
  log: Logger,
): Promise<DeliveryResult> {
  return openAndPost(
    client,
    {
      userIds: [message.userId],
      message: renderDirectBlocks(message),
      nonce: message.nonce,
      mayHavePosted: message.mayHavePosted,
    },
    log,
  );
}
