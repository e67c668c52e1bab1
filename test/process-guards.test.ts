import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../src/http/metrics.ts';
import { silentLogger } from '../src/log.ts';
import { guardProcess } from '../src/process-guards.ts';

const count = async (metrics: ReturnType<typeof createMetrics>, kind: string) =>
  (await metrics.processErrors.get()).values.find((v) => v.labels.kind === kind)?.value ?? 0;

describe('process guards', () => {
  it('GIVEN an unhandled rejection THEN it is counted and serving goes on', async () => {
    const target = new EventEmitter();
    const metrics = createMetrics({ defaults: false });
    let fatal = 0;
    guardProcess({ log: silentLogger(), metrics, onFatal: () => fatal++, target });
    target.emit('unhandledRejection', new Error('nobody awaited me'));
    target.emit('unhandledRejection', undefined);
    expect(await count(metrics, 'unhandled_rejection')).toBe(2);
    expect(fatal).toBe(0);
  });

  it('GIVEN uncaught exceptions THEN each is counted and the clean stop starts once', async () => {
    const target = new EventEmitter();
    const metrics = createMetrics({ defaults: false });
    let fatal = 0;
    guardProcess({ log: silentLogger(), metrics, onFatal: () => fatal++, target });
    target.emit('uncaughtException', new Error('half-done update'));
    target.emit('uncaughtException', new Error('another'));
    expect(await count(metrics, 'uncaught_exception')).toBe(2);
    expect(fatal).toBe(1);
  });

  it('GIVEN the guards were released THEN they no longer listen', () => {
    const target = new EventEmitter();
    const release = guardProcess({
      log: silentLogger(),
      metrics: createMetrics({ defaults: false }),
      onFatal: () => {},
      target,
    });
    expect(target.listenerCount('uncaughtException')).toBe(1);
    release();
    expect(target.listenerCount('uncaughtException')).toBe(0);
    expect(target.listenerCount('unhandledRejection')).toBe(0);
  });
});
