import { randomBytes } from 'node:crypto';
import type { types } from '@slack/bolt';
import { jsonRequest, nowTs, VERIFICATION_TOKEN, type SignableRequest } from './inbound-request.ts';

export type ReactionEvent = types.ReactionAddedEvent | types.ReactionRemovedEvent;

/** The Events API envelope (`type: 'event_callback'`) as Slack POSTs it. */
export interface EventCallbackBody<E = unknown> {
  token: string;
  team_id: string;
  api_app_id: string;
  event: E;
  type: 'event_callback';
  event_id: string;
  event_time: number;
  authorizations: Array<{
    enterprise_id: string | null;
    team_id: string;
    user_id: string;
    is_bot: boolean;
    is_enterprise_install: boolean;
  }>;
  is_ext_shared_channel: boolean;
  event_context: string;
}

export interface EventCallbackOptions<E> {
  teamId: string;
  event: E;
  /** Slack keeps the same event_id on every redelivery: dedupe on it. */
  eventId?: string;
  eventTime?: number;
  apiAppId?: string;
  /** The installation the event is delivered for (Bolt authorizes with it). */
  botUserId?: string;
}

export function eventCallback<E>(opts: EventCallbackOptions<E>): SignableRequest<EventCallbackBody<E>> {
  return jsonRequest({
    token: VERIFICATION_TOKEN,
    team_id: opts.teamId,
    api_app_id: opts.apiAppId ?? 'A0KINDRED',
    event: opts.event,
    type: 'event_callback',
    event_id: opts.eventId ?? `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
    event_time: opts.eventTime ?? Math.floor(Date.now() / 1000),
    // Bolt reads the team to authorize from authorizations[0] before team_id.
    authorizations: [
      {
        enterprise_id: null,
        team_id: opts.teamId,
        user_id: opts.botUserId ?? 'U0KINDBOT',
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(JSON.stringify({ et: 'event', tid: opts.teamId })).toString('base64url')}`,
  });
}

interface ReactionInput {
  user: string;
  reaction: string;
  channel: string;
  ts: string;
  /** Author of the reacted-to message (`item_user`). */
  itemUser: string;
  eventTs?: string;
}

export function reactionAdded(r: ReactionInput): types.ReactionAddedEvent {
  return { type: 'reaction_added', ...reactionFields(r) };
}

export function reactionRemoved(r: ReactionInput): types.ReactionRemovedEvent {
  return { type: 'reaction_removed', ...reactionFields(r) };
}

function reactionFields(r: ReactionInput) {
  return {
    user: r.user,
    reaction: r.reaction,
    item_user: r.itemUser,
    item: { type: 'message' as const, channel: r.channel, ts: r.ts },
    event_ts: r.eventTs ?? nowTs(),
  };
}

/** `channel` is the bot's DM with the user (a `D…` id); `tab` is `home` or `messages`. */
export function appHomeOpened(opts: {
  user: string;
  channel: string;
  tab?: 'home' | 'messages';
  view?: types.AppHomeOpenedEvent['view'];
}): types.AppHomeOpenedEvent {
  return {
    type: 'app_home_opened',
    user: opts.user,
    channel: opts.channel,
    tab: opts.tab ?? 'home',
    ...(opts.view ? { view: opts.view } : {}),
    event_ts: nowTs(),
  };
}

export function appUninstalled(): types.AppUninstalledEvent & { event_ts: string } {
  return { type: 'app_uninstalled', event_ts: nowTs() };
}

/** `tokens.bot`/`tokens.oauth` list the user ids whose tokens were revoked. */
export function tokensRevoked(tokens: { bot?: string[]; oauth?: string[] }): types.TokensRevokedEvent & {
  event_ts: string;
} {
  return { type: 'tokens_revoked', tokens, event_ts: nowTs() };
}
