import { MessageFlag } from '../constants.ts';
import { messagePayload } from '../payloads/messages.ts';
import { memberPayload } from '../payloads/users.ts';
import type { FakeMessage } from '../world/types.ts';
import { ApiError, invalidFormBody } from './api-error.ts';
import type { RestDeps } from './route.ts';

/** The message fields a create or edit may set. */
export type MessageFields = Pick<
  FakeMessage,
  'content' | 'embeds' | 'components' | 'allowedMentions' | 'flags'
> & {
  nonce: string | number | null;
};

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Validates a message body as Discord does for create/edit (resources/message#create-message):
 * content up to 2000 characters, a nonce up to 25 characters, and never an empty message.
 */
export function readMessageFields(
  body: Record<string, unknown>,
  options: { partial?: boolean } = {},
): Partial<MessageFields> {
  const fields: Partial<MessageFields> = {};
  if ('content' in body && body.content !== null) fields.content = String(body.content);
  if ('embeds' in body) fields.embeds = asArray(body.embeds);
  if ('components' in body) fields.components = asArray(body.components);
  if ('allowed_mentions' in body) fields.allowedMentions = body.allowed_mentions ?? null;
  if ('flags' in body && typeof body.flags === 'number') fields.flags = body.flags;
  if (typeof body.nonce === 'string' || typeof body.nonce === 'number') fields.nonce = body.nonce;

  if ((fields.content?.length ?? 0) > 2000) {
    throw invalidFormBody('content', 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
  }
  if (typeof fields.nonce === 'string' && fields.nonce.length > 25) {
    throw invalidFormBody('nonce', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  }
  const empty =
    !fields.content && (fields.embeds ?? []).length === 0 && (fields.components ?? []).length === 0;
  if (!options.partial && empty) throw new ApiError(400, 50006);
  return fields;
}

/** The MESSAGE_CREATE / MESSAGE_UPDATE payload: a message plus `guild_id` and a `member` without `user`. */
export function messageEventPayload(deps: RestDeps, message: FakeMessage): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...messagePayload(deps.world, message) };
  if (message.guildId) {
    payload.guild_id = message.guildId;
    const member = deps.world.member(message.guildId, message.authorId);
    if (member && !message.webhookId) {
      const { user: _user, ...rest } = memberPayload(deps.world, member);
      payload.member = rest;
    }
  }
  return payload;
}

/** Ephemeral messages exist only for their recipient: Discord sends no gateway event for them. */
export function announceMessage(
  deps: RestDeps,
  event: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE',
  message: FakeMessage,
): void {
  if (message.flags & MessageFlag.Ephemeral) return;
  deps.dispatch(event, messageEventPayload(deps, message));
}
