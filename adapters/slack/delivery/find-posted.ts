import type { webApi } from '@slack/bolt';
import type { Logger } from '../../../src/log.ts';

/** The `metadata.event_type` every Kindred post carries, with the outbox nonce as payload. */
export const DELIVERY_EVENT_TYPE = 'kindred_delivery';
// Only the latest messages: a retry follows its lost attempt within minutes, and a DM with
// the bot holds little else.
const RECENT = 20;

/**
 * The ts of a message Kindred already posted in `channel` for `nonce`, if any.
 * chat.postMessage has no idempotency key, so after an attempt whose answer was lost this
 * is how a retry avoids posting twice. Undefined when nothing was found or Slack would not
 * say (e.g. the app lacks the im:history/mpim:history scopes): then posting again is
 * the lesser evil than never posting.
 */
export async function findPosted(
  client: webApi.WebClient,
  channel: string,
  nonce: string,
  log: Logger,
): Promise<string | undefined> {
  try {
    const history = await client.conversations.history({
      channel,
      limit: RECENT,
      include_all_metadata: true,
    });
    const found = history.messages?.find((message) => {
      const metadata = message.metadata as
        { event_type?: unknown; event_payload?: { nonce?: unknown } } | undefined;
      return metadata?.event_type === DELIVERY_EVENT_TYPE && metadata.event_payload?.nonce === nonce;
    });
    return found?.ts;
  } catch (err) {
    log.warn({ err }, 'slack: could not look for an earlier post; posting again');
    return undefined;
  }
}
