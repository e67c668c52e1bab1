import type { Runtime } from '../../../src/runtime.ts';

/** What the Discord listeners need from the running service; tests may pass a plain object. */
export type HandlerDeps = Pick<
  Runtime,
  'db' | 'clock' | 'config' | 'log' | 'platforms' | 'wakeDelivery' | 'metrics'
>;
