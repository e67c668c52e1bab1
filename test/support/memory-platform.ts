import type {
  ChatPlatform,
  DeliveryResult,
  DirectDelivery,
  IntroDelivery,
  PlatformName,
} from '../../src/platform.ts';

/** What the platform did, in order. */
export type SentMessage =
  | { type: 'intro'; delivery: IntroDelivery; messageId: string }
  | { type: 'direct'; delivery: DirectDelivery; messageId: string };

/** Decides a send's answer instead of success; return undefined to post normally. */
export type Script = (message: SentMessage['delivery'], call: number) => DeliveryResult | undefined;

/**
 * An in-memory chat platform for tests: records every post, answers with scripted
 * failures, and knows who is still in each community (everyone, unless told otherwise).
 */
export class MemoryPlatform implements ChatPlatform {
  readonly sent: SentMessage[] = [];
  readonly gone = new Set<string>();
  #scripts: Script[] = [];
  #calls = 0;
  #seq = 0;
  started = false;

  constructor(
    readonly name: PlatformName = 'slack',
    private readonly options: {
      delayMs?: number;
      onSend?: (message: SentMessage['delivery']) => Promise<void> | void;
    } = {},
  ) {}

  /** Adds a rule consulted before each send, first match wins. */
  script(rule: Script): this {
    this.#scripts.push(rule);
    return this;
  }

  /** Fails the next `times` sends to `userId` with `result`. */
  failFor(userId: string, result: DeliveryResult, times = Infinity): this {
    let left = times;
    return this.script((message) => {
      const users = 'userIds' in message ? message.userIds : [message.userId];
      if (left > 0 && users.includes(userId)) {
        left--;
        return result;
      }
      return undefined;
    });
  }

  intros(): IntroDelivery[] {
    return this.sent.flatMap((s) => (s.type === 'intro' ? [s.delivery] : []));
  }

  directs(kind?: DirectDelivery['kind']): DirectDelivery[] {
    return this.sent.flatMap((s) =>
      s.type === 'direct' && (!kind || s.delivery.kind === kind) ? [s.delivery] : [],
    );
  }

  async start(): Promise<void> {
    this.started = true;
  }

  async stop(): Promise<void> {
    this.started = false;
  }

  async activeMembers(_community: string, userIds: string[]): Promise<Set<string>> {
    return new Set(userIds.filter((id) => !this.gone.has(id)));
  }

  sendIntro(intro: IntroDelivery): Promise<DeliveryResult> {
    return this.#send({ type: 'intro', delivery: intro, messageId: '' });
  }

  sendDirect(message: DirectDelivery): Promise<DeliveryResult> {
    return this.#send({ type: 'direct', delivery: message, messageId: '' });
  }

  async #send(message: SentMessage): Promise<DeliveryResult> {
    const call = ++this.#calls;
    await this.options.onSend?.(message.delivery);
    if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
    for (const rule of this.#scripts) {
      const answer = rule(message.delivery, call);
      if (answer) return answer;
    }
    const messageId = `M${++this.#seq}`;
    const channelId =
      message.type === 'intro' ? `G${message.delivery.introId}` : `D${message.delivery.userId}`;
    this.sent.push({ ...message, messageId } as SentMessage);
    return { ok: true, channelId, messageId };
  }
}
