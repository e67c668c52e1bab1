import { createHmac } from 'node:crypto';
import type { SlashCommand } from '@slack/bolt';
import {
  formRequest,
  jsonRequest,
  newTriggerId,
  VERIFICATION_TOKEN,
  type SignableRequest,
} from './inbound-request.ts';

export { type SignableRequest, newTriggerId } from './inbound-request.ts';
export * from './inbound-events.ts';
export * from './inbound-interactions.ts';

export interface SlashCommandOptions {
  teamId: string;
  userId: string;
  /** Where `respond()` posts: use `fake.responseUrl()` so nothing leaves the machine. */
  responseUrl: string;
  command?: string;
  text?: string;
  triggerId?: string;
  teamDomain?: string;
  channelId?: string;
  channelName?: string;
  userName?: string;
  apiAppId?: string;
}

/** A slash command exactly as Slack POSTs it: one form field per documented field. */
export function slashCommand(opts: SlashCommandOptions): SignableRequest<SlashCommand> {
  return formRequest({
    token: VERIFICATION_TOKEN,
    team_id: opts.teamId,
    team_domain: opts.teamDomain ?? 'kindred-test',
    channel_id: opts.channelId ?? 'C0GENERAL',
    channel_name: opts.channelName ?? 'general',
    user_id: opts.userId,
    user_name: opts.userName ?? opts.userId.toLowerCase(),
    command: opts.command ?? '/intro',
    text: opts.text ?? '',
    api_app_id: opts.apiAppId ?? 'A0KINDRED',
    // Slack sends booleans in a slash command as the strings "true"/"false".
    is_enterprise_install: 'false',
    response_url: opts.responseUrl,
    trigger_id: opts.triggerId ?? newTriggerId(),
  });
}

/** The one-off handshake Slack sends when a Request URL is saved. */
export function urlVerification(challenge = 'fake-challenge'): SignableRequest<{
  token: string;
  challenge: string;
  type: 'url_verification';
}> {
  return jsonRequest({ token: VERIFICATION_TOKEN, challenge, type: 'url_verification' });
}

export interface SignOptions {
  secret: string;
  /** Unix seconds; defaults to now. Bolt rejects one older than 5 minutes. */
  timestamp?: number;
  /** Slack's redelivery headers (`x-slack-retry-num`, `x-slack-retry-reason`). */
  retryNum?: number;
  retryReason?: string;
  /** Sign with the wrong secret. */
  badSignature?: boolean;
  /** Send no `x-slack-signature` header at all. */
  omitSignature?: boolean;
}

/** `v0=` + hex HMAC-SHA256(secret, `v0:{timestamp}:{raw body}`), Slack's request signature. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signedHeaders(req: SignableRequest, opts: SignOptions): Record<string, string> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const secret = opts.badSignature ? `${opts.secret}-wrong` : opts.secret;
  const headers: Record<string, string> = {
    'content-type': req.contentType,
    'x-slack-request-timestamp': String(timestamp),
  };
  if (!opts.omitSignature) headers['x-slack-signature'] = slackSignature(secret, timestamp, req.body);
  if (opts.retryNum !== undefined) headers['x-slack-retry-num'] = String(opts.retryNum);
  if (opts.retryReason !== undefined) headers['x-slack-retry-reason'] = opts.retryReason;
  return headers;
}

export interface SignedResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** POSTs a signed request the way Slack's servers would. */
export async function postSigned(
  url: string,
  req: SignableRequest,
  opts: SignOptions,
): Promise<SignedResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: signedHeaders(req, opts),
    body: req.body,
    redirect: 'manual',
  });
  return { status: res.status, body: await res.text(), headers: Object.fromEntries(res.headers) };
}
