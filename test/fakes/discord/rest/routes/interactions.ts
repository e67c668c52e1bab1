import { MessageFlag } from '../../constants.ts';
import { messagePayload } from '../../payloads/messages.ts';
import type { FakeInteraction, FakeMessage } from '../../world/types.ts';
import { ApiError, invalidFormBody, unknown } from '../api-error.ts';
import { announceMessage, readMessageFields } from '../message-input.ts';
import { bodyObject, noContent, ok, param, route, type Route, type RouteContext } from '../route.ts';

// Interaction callback types (interactions/receiving-and-responding#interaction-response-object-interaction-callback-type).
const Callback = {
  Message: 4,
  Deferred: 5,
  DeferredUpdate: 6,
  Update: 7,
  Autocomplete: 8,
  Modal: 9,
} as const;
// Interaction types: 2 APPLICATION_COMMAND, 3 MESSAGE_COMPONENT, 4 AUTOCOMPLETE, 5 MODAL_SUBMIT.
const ALLOWED: Record<number, readonly number[]> = {
  2: [Callback.Message, Callback.Deferred, Callback.Modal],
  3: [Callback.Message, Callback.Deferred, Callback.DeferredUpdate, Callback.Update, Callback.Modal],
  4: [Callback.Autocomplete],
  5: [Callback.Message, Callback.Deferred, Callback.DeferredUpdate, Callback.Update],
};
const RESPONSE_FLAGS =
  MessageFlag.Ephemeral | MessageFlag.SuppressEmbeds | MessageFlag.SuppressNotifications | (1 << 15);

/** The interaction a callback names: 10062 when unknown, wrongly tokened, or not answered within 3 s. */
function requireInteraction(ctx: RouteContext): FakeInteraction {
  const interaction = ctx.world.interactions.get(param(ctx, 'interaction'));
  if (!interaction || interaction.token !== param(ctx, 'token')) throw unknown.interaction();
  if (interaction.responseType !== null) throw new ApiError(400, 40060);
  if (ctx.world.clock() - interaction.createdAt > ctx.settings.interactionResponseWindowMs)
    throw unknown.interaction();
  return interaction;
}

function responseMessage(
  ctx: RouteContext,
  interaction: FakeInteraction,
  data: Record<string, unknown>,
  loading: boolean,
) {
  const fields = loading ? {} : readMessageFields(data);
  const flags =
    ((fields.flags ?? (typeof data.flags === 'number' ? data.flags : 0)) & RESPONSE_FLAGS) |
    (loading ? MessageFlag.Loading : 0);
  return ctx.world.addMessage({
    channelId: interaction.channelId,
    authorId: ctx.world.bot.id,
    content: fields.content ?? '',
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    allowedMentions: fields.allowedMentions ?? null,
    flags,
    // 20 CHAT_INPUT_COMMAND for slash-command responses, 0 DEFAULT otherwise.
    type: interaction.type === 2 ? 20 : 0,
    webhookId: ctx.world.application.id,
    interactionId: interaction.id,
  });
}

function validateModal(data: Record<string, unknown>): void {
  const components = Array.isArray(data.components) ? data.components : [];
  if (
    typeof data.custom_id !== 'string' ||
    typeof data.title !== 'string' ||
    components.length < 1 ||
    components.length > 5
  ) {
    throw invalidFormBody('data', 'MODAL_INVALID', 'A modal needs custom_id, title and 1-5 components.');
  }
}

/** POST /interactions/{id}/{token}/callback: one response per interaction; 204 unless `with_response=true`. */
function callback(ctx: RouteContext) {
  const interaction = requireInteraction(ctx);
  const body = bodyObject(ctx);
  const type = typeof body.type === 'number' ? body.type : -1;
  const data = (body.data ?? {}) as Record<string, unknown>;
  if (!(ALLOWED[interaction.type] ?? []).includes(type)) {
    throw invalidFormBody('type', 'INTERACTION_RESPONSE_TYPE_INVALID', 'Invalid interaction response type.');
  }
  let message: FakeMessage | undefined;
  if (type === Callback.Message || type === Callback.Deferred) {
    message = responseMessage(ctx, interaction, data, type === Callback.Deferred);
    interaction.originalMessageId = message.id;
  } else if (type === Callback.Update) {
    message = interaction.sourceMessageId ? ctx.world.messages.get(interaction.sourceMessageId) : undefined;
    if (message) {
      const { nonce: _nonce, ...fields } = readMessageFields(data, { partial: true });
      Object.assign(message, fields, { editedTimestamp: ctx.world.iso() });
    }
  } else if (type === Callback.Modal) {
    validateModal(data);
  }
  interaction.responseType = type;
  if (message) announceMessage(ctx, type === Callback.Update ? 'MESSAGE_UPDATE' : 'MESSAGE_CREATE', message);
  if (ctx.query.get('with_response') !== 'true') return noContent();
  return ok({
    interaction: {
      id: interaction.id,
      type: interaction.type,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: (message.flags & MessageFlag.Loading) !== 0,
            response_message_ephemeral: (message.flags & MessageFlag.Ephemeral) !== 0,
          }
        : {}),
    },
    resource: { type, ...(message ? { message: messagePayload(ctx.world, message) } : {}) },
  });
}

export const interactionRoutes: Route[] = [
  route('POST', '/interactions/:interaction/:token/callback', callback, { auth: false }),
];
