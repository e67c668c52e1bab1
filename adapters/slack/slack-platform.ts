import type { webApi } from '@slack/bolt';
import type { ChatPlatform, AdapterFactory } from '../../src/platform.ts';
import type { Runtime } from '../../src/runtime.ts';
import { AfterAck } from './after-ack.ts';
import { boltLogger } from './bolt-logger.ts';
import { DELIVERY_CLIENT, INTERACTIVE_CLIENT } from './client-options.ts';
import { createSharedPacer } from '../../src/rounds/delivery/pacing/shared-pacer.ts';
import { activeMembers } from './delivery/active-members.ts';
import { PacedWebClient, type PaceOptions } from './delivery/paced-web-client.ts';
import { sendDirect } from './delivery/send-direct.ts';
import { sendIntro } from './delivery/send-intro.ts';
import { registerWorkspaceGuard } from './listeners/workspace-guard.ts';
import { registerListeners } from './register-listeners.ts';
import { createSlackApp, type SlackIdentity, type SlackTransport } from './slack-app.ts';
import { mountSlackEvents } from './slack-events-route.ts';
import { whoAmI } from './who-am-i.ts';
import { createInboxWorker } from '../../src/inbox/inbox-worker.ts';
import { DEFAULT_INBOX_POLICY, type InboxPolicy } from '../../src/inbox/retry-inbox-event.ts';
import type { Service } from '../../src/runtime.ts';

export interface SlackAdapterOptions {
  /** Merged over both web clients' options (tests make retries instant). */
  clientOptions?: webApi.WebClientOptions;
  /** Wall clock for the request-timestamp check. */
  now?: () => number;
  /** Pacing of delivery calls (a benchmark runs its clock faster and sleeps less). */
  pace?: Partial<Omit<PaceOptions, 'teamId'>>;
  /** Retries of Socket Mode events that failed (tests retry within milliseconds). */
  inbox?: Partial<InboxPolicy> & { pollMs?: number };
}

/** Due inbox events are looked for this often. */
const INBOX_POLL_MS = 5_000;

/** A paced call may wait this long for its slot; a longer wait goes back to the outbox. */
const MAX_PACE_WAIT_MS = 20_000;

/**
 * Kindred on one Slack workspace: the Bolt App (HTTP at `POST /slack/events`, or Socket
 * Mode), its listeners, and outbox delivery through a web client of its own.
 */
export function createSlackPlatform(runtime: Runtime, options: SlackAdapterOptions = {}): ChatPlatform {
  const config = runtime.config.slack;
  if (!config) throw new Error('createSlackPlatform: SLACK_BOT_TOKEN is not configured');
  const log = runtime.log.child({ platform: 'slack' });
  const afterAck = new AfterAck(log);
  let identity: SlackIdentity | undefined;
  // Every call of a limited method reserves its slot in the database, shared by all processes.
  const delivery = new PacedWebClient(
    config.botToken,
    { ...DELIVERY_CLIENT, ...options.clientOptions, slackApiUrl: config.apiUrl, logger: boltLogger(log) },
    {
      pacer: createSharedPacer({ db: runtime.db, now: runtime.clock }),
      maxWaitMs: MAX_PACE_WAIT_MS,
      ...options.pace,
      teamId: () => identity?.teamId,
    },
  );
  let transport: SlackTransport | undefined;
  let inboxWorker: Service | undefined;
  const inbox = {
    db: runtime.db,
    clock: runtime.clock,
    log,
    policy: { ...DEFAULT_INBOX_POLICY, ...options.inbox },
  };
  if (!config.appToken) {
    mountSlackEvents(
      runtime.http,
      () => (transport?.mode === 'http' ? transport.receiver : undefined),
      log,
      options.now,
    );
  }
  const wrongWorkspace = (teamId: string) =>
    identity && teamId !== identity.teamId
      ? ({
          ok: false,
          kind: 'permanent',
          code: 'community_gone',
          detail: `token is for ${identity.teamId}`,
        } as const)
      : undefined;

  return {
    name: 'slack',
    async start() {
      identity = await whoAmI(delivery);
      const app = createSlackApp(
        config,
        identity,
        log,
        { ...INTERACTIVE_CLIENT, ...options.clientOptions },
        inbox,
      );
      registerWorkspaceGuard(app.app, identity.teamId, log);
      registerListeners(app.app, { runtime, log, afterAck });
      if (app.mode === 'socket') {
        await app.app.start();
        const receiver = app.inbox;
        inboxWorker = createInboxWorker({
          ...inbox,
          platform: 'slack',
          pollMs: options.inbox?.pollMs ?? INBOX_POLL_MS,
          process: (event) => receiver.replay(event.body),
        });
        await inboxWorker.start();
      }
      transport = app;
      log.info({ mode: app.mode, team: identity.teamId }, 'slack: connected');
    },
    async stop() {
      const current = transport;
      transport = undefined;
      await inboxWorker?.stop();
      // app.stop() resolves before a Socket Mode socket has closed; disconnect() waits for it.
      if (current?.mode === 'socket') await current.receiver.client.disconnect();
      await afterAck.drain(5_000);
    },
    async sendIntro(intro) {
      return (
        wrongWorkspace(intro.communityExternalId) ??
        sendIntro(delivery, intro, log.child({ community: intro.communityExternalId, intro: intro.introId }))
      );
    },
    async sendDirect(message) {
      return (
        wrongWorkspace(message.communityExternalId) ??
        sendDirect(
          delivery,
          message,
          log.child({ community: message.communityExternalId, kind: message.kind }),
        )
      );
    },
    activeMembers: (_teamId, userIds) => activeMembers(delivery, userIds),
  };
}

/** Registered in adapters/index.ts; `kindred serve` starts it when SLACK_BOT_TOKEN is set. */
export function createSlackAdapterFactory(options: SlackAdapterOptions = {}): AdapterFactory<Runtime> {
  return {
    name: 'slack',
    isConfigured: (config) => config.slack !== undefined,
    create: (runtime) => createSlackPlatform(runtime, options),
  };
}

export const slackAdapterFactory = createSlackAdapterFactory();
