import type { ChatPlatform, DeliveryResult, DirectDelivery, IntroDelivery } from '../../platform.ts';

export interface Posted<T> {
  delivery: T;
  channelId: string;
  messageId: string;
}

/**
 * The chat platform of a simulated community: every post succeeds and is kept for the
 * simulator, which plays the members reading it and reacting. Nobody leaves the workspace.
 */
export class SimulatedPlatform implements ChatPlatform {
  readonly name = 'slack' as const;
  intros: Posted<IntroDelivery>[] = [];
  directs: Posted<DirectDelivery>[] = [];
  #seq = 0;

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async activeMembers(_community: string, userIds: string[]): Promise<Set<string>> {
    return new Set(userIds);
  }

  async sendIntro(intro: IntroDelivery): Promise<DeliveryResult> {
    const posted = { delivery: intro, channelId: `G${intro.introId}`, messageId: `${++this.#seq}` };
    this.intros.push(posted);
    return { ok: true, channelId: posted.channelId, messageId: posted.messageId };
  }

  async sendDirect(message: DirectDelivery): Promise<DeliveryResult> {
    const posted = { delivery: message, channelId: `D${message.userId}`, messageId: `${++this.#seq}` };
    this.directs.push(posted);
    return { ok: true, channelId: posted.channelId, messageId: posted.messageId };
  }

  /** Hands over what was posted since the last call. */
  take(): { intros: Posted<IntroDelivery>[]; directs: Posted<DirectDelivery>[] } {
    const taken = { intros: this.intros, directs: this.directs };
    this.intros = [];
    this.directs = [];
    return taken;
  }
}
