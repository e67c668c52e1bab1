import {
  ChannelType,
  ThreadAutoArchiveDuration,
  type Client,
  type Message,
  type ThreadChannel,
} from 'discord.js';
import type { Logger } from '../../../src/log.ts';
import type { DeliveryResult, IntroDelivery, PostedMessage } from '../../../src/platform.ts';
import type { IntroThreads } from '../../../src/rounds/delivery/intro-threads.ts';
import { mapDiscordError } from '../map-discord-error.ts';
import { introThreadName, renderIntroMessage } from '../render-intro-message.ts';
import { checkGroup } from './check-group.ts';
import { messageNonce } from './message-nonce.ts';

export interface IntroSender {
  client: Client;
  log: Logger;
  /**
   * Threads created for a delivery that has not finished yet, by its nonce, in the
   * database. Creating a thread has no idempotency key: when the message after it fails
   * (429, 5xx) or the process dies, the outbox's retry reuses the thread instead of
   * opening a second, empty one.
   */
  threads: IntroThreads;
}

/**
 * Posts one intro. Bots cannot open group DMs on Discord, so with an intros channel the
 * intro goes in a private thread there (type 12, `invitable: false`, the members added
 * explicitly); without one, each member gets a DM naming the others.
 * No reactions are seeded: how it went is asked of each member privately.
 */
export async function sendIntro(sender: IntroSender, intro: IntroDelivery): Promise<DeliveryResult> {
  const gone = await checkGroup(sender.client, intro.communityExternalId, intro.userIds);
  if (gone) return gone;
  const scoped = {
    ...sender,
    log: sender.log.child({ community: intro.communityExternalId, intro: intro.introId }),
  };
  return intro.channelId ? postInThread(scoped, intro, intro.channelId) : postAsDms(scoped, intro);
}

async function openThread(
  sender: IntroSender,
  intro: IntroDelivery,
  channelId: string,
): Promise<ThreadChannel | DeliveryResult> {
  const known = await sender.threads.find(intro.nonce, channelId);
  const reused = known ? await sender.client.channels.fetch(known).catch(() => null) : null;
  if (reused?.isThread()) return reused;
  const parent = await sender.client.channels.fetch(channelId);
  if (parent?.type !== ChannelType.GuildText || parent.guildId !== intro.communityExternalId) {
    return {
      ok: false,
      kind: 'permanent',
      code: 'channel_missing',
      detail: `${channelId} is not a text channel of this server`,
    };
  }
  const thread = await parent.threads.create({
    name: introThreadName(intro),
    type: ChannelType.PrivateThread,
    invitable: false,
    autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek,
    reason: `Kindred introduction ${intro.introId}`,
  });
  await sender.threads.remember(intro.nonce, channelId, thread.id);
  return thread;
}

async function postInThread(
  sender: IntroSender,
  intro: IntroDelivery,
  channelId: string,
): Promise<DeliveryResult> {
  let userId: string | undefined;
  try {
    const thread = await openThread(sender, intro, channelId);
    if ('ok' in thread) return thread;
    for (userId of intro.userIds) await thread.members.add(userId);
    userId = undefined;
    const message = await thread.send({
      ...renderIntroMessage(intro),
      nonce: messageNonce(intro.nonce, 'thread'),
      enforceNonce: true,
    });
    await sender.threads.forget(intro.nonce);
    return { ok: true, channelId: thread.id, messageId: message.id };
  } catch (error) {
    const failure = mapDiscordError(error, userId);
    if (failure.kind === 'permanent') await sender.threads.forget(intro.nonce);
    return failure;
  }
}

async function postAsDms(sender: IntroSender, intro: IntroDelivery): Promise<DeliveryResult> {
  const sent: Message[] = [];
  const posted: PostedMessage[] = [];
  for (const userId of intro.userIds) {
    try {
      const dm = await sender.client.users.createDM(userId);
      const message = await dm.send({
        ...renderIntroMessage(intro, userId),
        nonce: messageNonce(intro.nonce, userId),
        enforceNonce: true,
      });
      sent.push(message);
      posted.push({ userId, channelId: dm.id, messageId: message.id });
    } catch (error) {
      const failure = mapDiscordError(error, userId);
      // The intro is off for everyone (the core tells the others why): take back the DMs
      // that already went out, so nobody is left holding an intro to someone unreachable.
      if (failure.kind === 'permanent') await retract(sent, sender.log);
      return failure;
    }
  }
  const [first] = posted;
  if (!first) return { ok: false, kind: 'temporary', detail: 'intro has no members' };
  return { ok: true, channelId: first.channelId, messageId: first.messageId, messages: posted };
}

async function retract(messages: Message[], log: Logger): Promise<void> {
  for (const message of messages) {
    await message
      .delete()
      .catch((error: unknown) =>
        log.warn({ err: error, messageId: message.id }, 'discord: could not retract an intro DM'),
      );
  }
}
