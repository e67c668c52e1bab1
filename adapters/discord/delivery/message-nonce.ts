import { createHash } from 'node:crypto';

/**
 * A message nonce for `enforce_nonce` (Discord allows at most 25 characters), derived from
 * the outbox row's stable nonce and which message of the delivery it is. @discordjs/rest
 * retries a 5xx up to three times at once and the outbox retries later: with the same
 * nonce, Discord hands back the message it already created instead of posting it again.
 */
export function messageNonce(deliveryNonce: string, part: string): string {
  return createHash('sha256').update(`${deliveryNonce}\u0000${part}`).digest('base64url').slice(0, 25);
}
