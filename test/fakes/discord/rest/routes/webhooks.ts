import { MessageFlag } from '../../constants.ts';
import { messagePayload } from '../../payloads/messages.ts';
import type { FakeInteraction, FakeMessage } from '../../world/types.ts';
import { ApiError, unknown } from '../api-error.ts';
import { announceMessage, readMessageFields } from '../message-input.ts';
import { bodyObject, noContent, ok, param, route, type Route, type RouteContext } from '../route.ts';

/**
 * Interaction webhooks: `/webhooks/{application.id}/{interaction.token}`. The token is the only
 * credential (no Authorization header) and stays valid for 15 minutes.
 */
function requireInteraction(ctx: RouteContext): FakeInteraction {
  const token = param(ctx, 'token');
  const interaction = [...ctx.world.interactions.values()].find((i) => i.token === token);
  if (param(ctx, 'app') !== ctx.world.application.id || !interaction) throw unknown.webhook();
  if (ctx.world.clock() - interaction.createdAt > ctx.settings.interactionTokenLifetimeMs)
    throw new ApiError(401, 50027);
  return interaction;
}

/** `@original` is the interaction's initial response; other ids must be its follow-ups. */
function requireWebhookMessage(ctx: RouteContext, interaction: FakeInteraction): FakeMessage {
  const id = param(ctx, 'message');
  const messageId = id === '@original' ? interaction.originalMessageId : id;
  const message = messageId ? ctx.world.messages.get(messageId) : undefined;
  if (!message || message.interactionId !== interaction.id) throw unknown.message();
  return message;
}

function editMessage(ctx: RouteContext) {
  const interaction = requireInteraction(ctx);
  const message = requireWebhookMessage(ctx, interaction);
  const { nonce: _nonce, flags: _flags, ...fields } = readMessageFields(bodyObject(ctx), { partial: true });
  Object.assign(message, fields);
  // Editing a deferred ("thinking…") response turns it into the real message.
  message.flags &= ~MessageFlag.Loading;
  message.editedTimestamp = ctx.world.iso();
  announceMessage(ctx, 'MESSAGE_UPDATE', message);
  return ok(messagePayload(ctx.world, message));
}

/**
 * POST /webhooks/{app}/{token}: a follow-up. Needs an initial response first. After a deferred
 * response, the first follow-up replaces the loading message (and keeps its ephemerality).
 */
function followUp(ctx: RouteContext) {
  const interaction = requireInteraction(ctx);
  if (interaction.responseType === null) throw unknown.webhook();
  const fields = readMessageFields(bodyObject(ctx));
  const original = interaction.originalMessageId
    ? ctx.world.messages.get(interaction.originalMessageId)
    : undefined;
  let message: FakeMessage;
  if (original && original.flags & MessageFlag.Loading) {
    const { nonce: _nonce, flags: _flags, ...rest } = fields;
    Object.assign(original, rest, { editedTimestamp: ctx.world.iso() });
    original.flags &= ~MessageFlag.Loading;
    message = original;
    announceMessage(ctx, 'MESSAGE_UPDATE', message);
  } else {
    message = ctx.world.addMessage({
      channelId: interaction.channelId,
      authorId: ctx.world.bot.id,
      content: fields.content ?? '',
      embeds: fields.embeds ?? [],
      components: fields.components ?? [],
      allowedMentions: fields.allowedMentions ?? null,
      flags:
        (fields.flags ?? 0) &
        (MessageFlag.Ephemeral | MessageFlag.SuppressEmbeds | MessageFlag.SuppressNotifications),
      webhookId: ctx.world.application.id,
      interactionId: interaction.id,
    });
    announceMessage(ctx, 'MESSAGE_CREATE', message);
  }
  // Without `?wait=true` Discord answers 204 and no message.
  return ctx.query.get('wait') === 'true' ? ok(messagePayload(ctx.world, message)) : noContent();
}

const open = { auth: false };

export const webhookRoutes: Route[] = [
  route('POST', '/webhooks/:app/:token', followUp, open),
  route(
    'GET',
    '/webhooks/:app/:token/messages/:message',
    (ctx) => ok(messagePayload(ctx.world, requireWebhookMessage(ctx, requireInteraction(ctx)))),
    open,
  ),
  route('PATCH', '/webhooks/:app/:token/messages/:message', editMessage, open),
  route(
    'DELETE',
    '/webhooks/:app/:token/messages/:message',
    (ctx) => {
      const message = requireWebhookMessage(ctx, requireInteraction(ctx));
      ctx.world.messages.delete(message.id);
      return noContent();
    },
    open,
  ),
];
