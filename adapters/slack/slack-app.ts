import { App, HTTPReceiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { SlackConfig } from '../../src/config.ts';
import type { Logger } from '../../src/log.ts';
import { boltLogger } from './bolt-logger.ts';
import { inboxKey } from './inbox/inbox-key.ts';
import { InboxReceiver, type InboxReceiverDeps } from './inbox/inbox-receiver.ts';

export type SlackTransport =
  | { mode: 'http'; app: App; receiver: HTTPReceiver }
  | { mode: 'socket'; app: App; receiver: SocketModeReceiver; inbox: InboxReceiver };

/** Who the bot token belongs to, from the one auth.test call made at start. */
export interface SlackIdentity {
  teamId: string;
  botUserId: string;
  botId: string;
}

/**
 * The Bolt App on one of two transports: Socket Mode when an app-level token is set, else
 * HTTP with the signing secret (the caller mounts the receiver on Kindred's server).
 *
 * - `botId`/`botUserId` given: Bolt otherwise calls auth.test from its constructor (an
 *   unanswered call there is an unhandled rejection) or on the first request.
 * - `processBeforeResponse`: Slack's HTTP answer waits for the listener, so an event is
 *   stored before Slack sees 200 and a failure becomes a 500 that Slack redelivers.
 * - Socket Mode acks an event before its listener runs: events and clicks that change
 *   state go through the inbox (stored before the ack, retried by the inbox worker).
 */
export function createSlackApp(
  config: SlackConfig,
  identity: SlackIdentity,
  log: Logger,
  clientOptions: webApi.WebClientOptions,
  inbox: InboxReceiverDeps,
): SlackTransport {
  const logger = boltLogger(log);
  // App writes its logger into the options object it is given: give it its own copy.
  const options = (): webApi.WebClientOptions => ({ ...clientOptions, slackApiUrl: config.apiUrl });
  const common = {
    token: config.botToken,
    botId: identity.botId,
    botUserId: identity.botUserId,
    logger,
    clientOptions: options(),
    extendedErrorHandler: true,
  };
  let transport: SlackTransport;
  if (config.appToken) {
    // A receiver built here does not inherit App's clientOptions: it needs SLACK_API_URL too.
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      installerOptions: { clientOptions: options() },
    });
    const inboxReceiver = new InboxReceiver(receiver, inbox);
    const app = new App({ ...common, receiver: inboxReceiver });
    transport = { mode: 'socket', app, receiver, inbox: inboxReceiver };
  } else {
    if (!config.signingSecret)
      throw new Error('Slack over HTTP needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN)');
    const receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: '/slack/events',
      processBeforeResponse: true,
      logger,
    });
    transport = { mode: 'http', app: new App({ ...common, receiver }), receiver };
  }
  transport.app.error(async ({ error, body }: { error: Error; body: unknown }) => {
    const kind = (body as { type?: unknown } | undefined)?.type;
    log.error({ err: error, kind }, 'slack: listener failed');
    // An event that failed must fail visibly: the 500 makes Slack redeliver it, and its
    // event_id was not marked processed. Commands and clicks have answered already.
    // Over Socket Mode the ack is gone already: the throw tells the inbox the attempt failed.
    if (kind === 'event_callback' || (transport.mode === 'socket' && inboxKey(body))) throw error;
  });
  return transport;
}
