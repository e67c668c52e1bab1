import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA256 of `message` keyed by the admin token, base64url. */
export function keyedMac(token: string, message: string): string {
  return createHmac('sha256', token).update(message).digest('base64url');
}

/**
 * Compares two secrets in constant time. Both are hashed first, so their lengths (which
 * `timingSafeEqual` insists are equal) reveal nothing about the expected value.
 */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
