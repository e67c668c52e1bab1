import { randomBytes } from 'node:crypto';

/** Content types exactly as Slack sends them: Bolt compares the header with `===`. */
export type SlackContentType = 'application/x-www-form-urlencoded' | 'application/json';

/**
 * An inbound Slack request before signing: the raw body Slack would send, its content type,
 * and the decoded payload (which is also what a Socket Mode envelope carries).
 */
export interface SignableRequest<P = unknown> {
  contentType: SlackContentType;
  body: string;
  payload: P;
}

/** Slash commands: every field as its own form field (no `charset` parameter). */
export function formRequest<P extends object>(payload: P): SignableRequest<P> {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) {
    if (value !== undefined) form.append(key, String(value));
  }
  return { contentType: 'application/x-www-form-urlencoded', body: form.toString(), payload };
}

/** Interactivity: one form field `payload` holding the JSON document. */
export function payloadFormRequest<P>(payload: P): SignableRequest<P> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return { contentType: 'application/x-www-form-urlencoded', body, payload };
}

/** Events API: a JSON body. */
export function jsonRequest<P>(payload: P): SignableRequest<P> {
  return { contentType: 'application/json', body: JSON.stringify(payload), payload };
}

/** A trigger_id shaped like Slack's (`13345224609.738474920.8088930838d88f008e0`). */
export function newTriggerId(): string {
  const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, '1');
  return `${digits(11)}.${digits(9)}.${randomBytes(16).toString('hex')}`;
}

/** A Slack-style event/action timestamp for "now". */
export function nowTs(now: number = Date.now()): string {
  return `${Math.floor(now / 1000)}.${String((now % 1000) * 1000).padStart(6, '0')}`;
}

/** The deprecated verification token Slack still sends in every payload. */
export const VERIFICATION_TOKEN = 'fakeVerificationToken';
