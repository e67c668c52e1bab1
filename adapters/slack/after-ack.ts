import type { Logger } from '../../src/log.ts';

/**
 * Work that must not hold up an ack. With `processBeforeResponse` Slack's HTTP answer (the
 * ack) is sent only when the listener returns, and Slack shows an error after 3 s: a slow
 * use-case (a whole round) runs here instead, after the listener, and reports through
 * `respond()`. `drain()` lets `stop()` wait for what is still running.
 */
export class AfterAck {
  readonly #running = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  run(what: string, task: () => Promise<unknown>): void {
    const running: Promise<void> = Promise.resolve()
      .then(task)
      .then(
        () => undefined,
        (err: unknown) => this.log.error({ err, task: what }, 'slack: work after ack failed'),
      )
      .finally(() => this.#running.delete(running));
    this.#running.add(running);
  }

  async drain(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
      timer.unref();
    });
    await Promise.race([Promise.allSettled([...this.#running]), deadline]);
    clearTimeout(timer);
  }
}
