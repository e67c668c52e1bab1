import type { Client } from 'discord.js';
import type { DeliveryResult, DirectDelivery } from '../../../src/platform.ts';
import { mapDiscordError } from '../map-discord-error.ts';
import { renderDirectMessage } from '../render-direct-message.ts';
import { messageNonce } from './message-nonce.ts';

/** A nudge, check-in or notice: one DM, with the outbox row's nonce so a retry never posts twice. */
export async function sendDirect(client: Client, message: DirectDelivery): Promise<DeliveryResult> {
  try {
    const dm = await client.users.createDM(message.userId);
    const sent = await dm.send({
      ...renderDirectMessage(message),
      nonce: messageNonce(message.nonce, message.userId),
      enforceNonce: true,
    });
    return { ok: true, channelId: dm.id, messageId: sent.id };
  } catch (error) {
    return mapDiscordError(error, message.userId);
  }
}
