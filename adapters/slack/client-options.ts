import type { webApi } from '@slack/bolt';

type ClientOptions = webApi.WebClientOptions;

/**
 * The web client Bolt's listeners use (views.open, users.info, respond-side calls). Slack
 * gives an interaction 3 s, so one quick retry at most, and a 429 fails at once instead of
 * pausing the client's whole queue for Retry-After seconds (the client's default waits and
 * retries for about 30 minutes).
 */
export const INTERACTIVE_CLIENT: ClientOptions = {
  retryConfig: { retries: 1, factor: 2, minTimeout: 200, maxTimeout: 500 },
  rejectRateLimitedCalls: true,
  timeout: 5_000,
};

/**
 * The web client the outbox delivers through. No retries: chat.postMessage has no
 * idempotency key, so an SDK retry after a lost response posts twice; the outbox retries
 * with its own backoff and counts attempts. Rate limits are rejected, not slept on, so
 * the worker can hand the row back with Retry-After instead of holding its lease.
 */
export const DELIVERY_CLIENT: ClientOptions = {
  retryConfig: { retries: 0 },
  rejectRateLimitedCalls: true,
  timeout: 10_000,
};
