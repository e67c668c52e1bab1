import type { Runtime } from '../runtime.ts';

/** What the command layer needs from the running service; tests pass plain objects. */
export type CommandDeps = Pick<Runtime, 'db' | 'clock' | 'config' | 'log' | 'platforms' | 'wakeDelivery'>;
