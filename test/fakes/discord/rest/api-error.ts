/**
 * JSON error codes and their messages as Discord documents them
 * (topics/opcodes-and-status-codes#json-json-error-codes).
 */
export const ERROR_MESSAGES: Readonly<Record<number, string>> = {
  0: 'General error',
  10002: 'Unknown Application',
  10003: 'Unknown Channel',
  10004: 'Unknown Guild',
  10007: 'Unknown Member',
  10008: 'Unknown Message',
  10013: 'Unknown User',
  10014: 'Unknown Emoji',
  10015: 'Unknown Webhook',
  10062: 'Unknown interaction',
  20028: 'The write action you are performing on the channel has hit the write rate limit',
  40060: 'Interaction has already been acknowledged.',
  50001: 'Missing Access',
  50005: 'Cannot edit a message authored by another user',
  50006: 'Cannot send an empty message',
  50007: 'Cannot send messages to this user',
  50013: 'Missing Permissions',
  50024: 'Cannot execute action on this channel type',
  50027: 'Invalid Webhook Token',
  50035: 'Invalid Form Body',
  50083: 'Operation cannot be performed on an archived thread',
};

/** A REST failure the fake answers with Discord's `{code, message}` body (plus `errors` for 50035). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string = ERROR_MESSAGES[code] ?? 'General error',
    readonly errors?: Record<string, unknown>,
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return this.errors
      ? { code: this.code, message: this.message, errors: this.errors }
      : { code: this.code, message: this.message };
  }
}

/** 400 Invalid Form Body with Discord's nested `errors` shape for one field. */
export function invalidFormBody(field: string, code: string, message: string): ApiError {
  return new ApiError(400, 50035, 'Invalid Form Body', { [field]: { _errors: [{ code, message }] } });
}

export const unknown = {
  channel: (): ApiError => new ApiError(404, 10003),
  guild: (): ApiError => new ApiError(404, 10004),
  member: (): ApiError => new ApiError(404, 10007),
  message: (): ApiError => new ApiError(404, 10008),
  user: (): ApiError => new ApiError(404, 10013),
  webhook: (): ApiError => new ApiError(404, 10015),
  interaction: (): ApiError => new ApiError(404, 10062),
};

export const missingAccess = (): ApiError => new ApiError(403, 50001);
export const missingPermissions = (): ApiError => new ApiError(403, 50013);
