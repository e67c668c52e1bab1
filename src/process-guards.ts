import type { Metrics } from './http/metrics.ts';
import type { Logger } from './log.ts';

/**
 * Last-resort handlers for the serving process; returns a function that removes them.
 *
 * - An unhandled rejection is a promise nobody awaited: it has unwound no stack, the
 *   database state it touched is transactional, so it is logged, counted, and serving
 *   goes on (Node 20 would otherwise end the process).
 * - An uncaught exception may have left a synchronous update half done: it is logged and
 *   counted, and `onFatal` stops Kindred cleanly so a supervisor starts it afresh.
 */
export function guardProcess(options: {
  log: Logger;
  metrics: Pick<Metrics, 'processErrors'>;
  onFatal: (err: unknown) => void;
  target?: NodeJS.EventEmitter;
}): () => void {
  const target = options.target ?? process;
  const { log, metrics } = options;
  let fatal = false;
  const onRejection = (reason: unknown) => {
    metrics.processErrors.inc({ kind: 'unhandled_rejection' });
    log.error({ err: reason }, 'unhandled promise rejection; still serving');
  };
  const onException = (err: unknown) => {
    metrics.processErrors.inc({ kind: 'uncaught_exception' });
    log.fatal({ err }, 'uncaught exception; stopping cleanly');
    if (fatal) return;
    fatal = true;
    options.onFatal(err);
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
