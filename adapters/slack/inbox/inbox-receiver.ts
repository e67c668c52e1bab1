import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { storeInboxEvent } from '../../../src/inbox/store-inbox-event.ts';
import { attemptInboxEvent, type InboxPolicy } from '../../../src/inbox/retry-inbox-event.ts';
import type { Logger } from '../../../src/log.ts';
import type { Db } from '../../../src/store/db.ts';
import { inboxKey } from './inbox-key.ts';

export interface InboxReceiverDeps {
  db: Db;
  clock: () => Date;
  log: Logger;
  policy: InboxPolicy;
}

/**
 * Socket Mode acknowledges an event before its listener runs (Bolt acks events first
 * thing), so an event whose listener fails is never redelivered. This receiver stands
 * between the Socket Mode receiver and the App: an event that changes state is stored in
 * the inbox before its ack goes out, then processed; a failed attempt is left to the inbox
 * worker. If the store fails, no ack is sent and Slack delivers the envelope again.
 */
export class InboxReceiver implements Receiver {
  #app: App | undefined;

  constructor(
    private readonly inner: Receiver,
    private readonly deps: InboxReceiverDeps,
  ) {}

  init(app: App): void {
    this.#app = app;
    this.inner.init({ processEvent: (event: ReceiverEvent) => this.#process(app, event) } as unknown as App);
  }

  start(...args: unknown[]): Promise<unknown> {
    return this.inner.start(...args);
  }

  stop(...args: unknown[]): Promise<unknown> {
    return this.inner.stop(...args);
  }

  /** Runs a stored body through the App again, as the inbox worker does for a retry. */
  replay(body: unknown): Promise<void> {
    if (!this.#app) throw new Error('InboxReceiver: replay before init');
    return this.#app.processEvent({ body: body as ReceiverEvent['body'], ack: async () => {} });
  }

  async #process(app: App, event: ReceiverEvent): Promise<void> {
    const eventId = inboxKey(event.body);
    if (!eventId) return app.processEvent(event);
    const now = this.deps.clock();
    await storeInboxEvent(
      this.deps.db,
      'slack',
      eventId,
      event.body,
      new Date(now.getTime() + this.deps.policy.leaseMs),
    );
    await attemptInboxEvent(this.deps, 'slack', { eventId, attempts: 0 }, () => app.processEvent(event));
  }
}
