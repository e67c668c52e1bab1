import type { webApi } from '@slack/bolt';
import type { Logger } from '../../../src/log.ts';
import type { DeliveryResult } from '../../../src/platform.ts';
import { MAYBE_RECIPIENT_GONE, mapSlackError, slackErrorCode } from '../map-slack-error.ts';
import type { SlackMessage } from '../render-intro-blocks.ts';
import { userState } from './active-members.ts';
import { DELIVERY_EVENT_TYPE, findPosted } from './find-posted.ts';

export interface PostTarget {
  /** The people the conversation is with: one for a DM, two or three for a group DM. */
  userIds: string[];
  message: SlackMessage;
  /** Carried in the message metadata: matches a post to its outbox row, and finds it again. */
  nonce: string;
  /** An earlier attempt may have posted: look for the nonce before posting. */
  mayHavePosted?: boolean;
}

/**
 * Opens the DM or group DM with `userIds` (conversations.open is idempotent: the same
 * people get the same conversation) and posts one message. Returns the posted message's
 * channel and ts, or what the failure means for the outbox.
 */
export async function openAndPost(
  client: webApi.WebClient,
  target: PostTarget,
  log: Logger,
): Promise<DeliveryResult> {
  try {
    const opened = await client.conversations.open({ users: target.userIds.join(',') });
    const channel = opened.channel?.id;
    if (!channel) return { ok: false, kind: 'temporary', detail: 'conversations.open returned no channel' };
    const earlier = target.mayHavePosted ? await findPosted(client, channel, target.nonce, log) : undefined;
    if (earlier) {
      log.info({ channel }, 'slack: found the earlier post of this delivery; not posting again');
      return { ok: true, channelId: channel, messageId: earlier };
    }
    const posted = await client.chat.postMessage({
      channel,
      text: target.message.text,
      blocks: target.message.blocks,
      unfurl_links: false,
      unfurl_media: false,
      metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { nonce: target.nonce } },
    });
    if (!posted.ts) return { ok: false, kind: 'temporary', detail: 'chat.postMessage returned no ts' };
    return { ok: true, channelId: posted.channel ?? channel, messageId: posted.ts };
  } catch (error) {
    const failure = mapSlackError(error);
    const code = slackErrorCode(error);
    if (failure.kind === 'permanent' && code && MAYBE_RECIPIENT_GONE.has(code)) {
      return whoIsGone(client, target.userIds, failure, log);
    }
    return failure;
  }
}

/**
 * Slack does not say which recipient a `user_disabled`/`account_inactive` is about: ask
 * users.info, so the core can tell the partner and retire the right member. When nobody
 * was deactivated, `account_inactive` is about the bot's own token.
 */
async function whoIsGone(
  client: webApi.WebClient,
  userIds: string[],
  failure: Extract<DeliveryResult, { kind: 'permanent' }>,
  log: Logger,
): Promise<DeliveryResult> {
  for (const userId of userIds) {
    if ((await userState(client, userId)) === 'gone') {
      return { ok: false, kind: 'permanent', code: 'user_gone', userId, detail: failure.detail };
    }
  }
  log.warn({ slackError: failure.detail }, 'slack: delivery refused, but every recipient is active');
  return failure.detail === 'account_inactive' ? failure : { ...failure, code: 'user_gone' };
}
