interface Waiter<T> {
  predicate: (entry: T) => boolean;
  resolve: (entry: T) => void;
}

/** An append-only log that tests can await: `waitFor` looks at past entries first, then future ones. */
export class WatchedLog<T> {
  readonly entries: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  push(entry: T): void {
    this.entries.push(entry);
    this.touch(entry);
  }

  /** Re-checks waiters after an entry changed (e.g. a request got its answer). */
  touch(entry: T): void {
    for (const waiter of this.waiters) {
      if (waiter.predicate(entry)) {
        this.waiters.delete(waiter);
        waiter.resolve(entry);
      }
    }
  }

  waitFor(predicate: (entry: T) => boolean, timeoutMs: number, describe: () => string): Promise<T> {
    const found = this.entries.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve: (entry) => {
          clearTimeout(timer);
          resolve(entry);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
      timer.unref();
      this.waiters.add(waiter);
    });
  }
}
