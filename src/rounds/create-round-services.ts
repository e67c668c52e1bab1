import type { Runtime, Service } from '../runtime.ts';
import type { DeliveryWorkerOptions } from './delivery/delivery-worker.ts';
import { createDeliveryWorker } from './delivery/delivery-worker.ts';
import { createSchedulerService } from './schedule/scheduler-service.ts';

/**
 * The services that make rounds run themselves: the delivery worker (started first, so the
 * scheduler's catch-up tick can wake it) and the scheduler. Starting the worker points
 * `runtime.wakeDelivery` at it.
 */
export function createRoundServices(
  runtime: Runtime,
  options: { worker?: DeliveryWorkerOptions; cron?: string } = {},
): Service[] {
  const deps = {
    db: runtime.db,
    platforms: runtime.platforms,
    clock: runtime.clock,
    log: runtime.log.child({ component: 'rounds' }),
    metrics: runtime.metrics,
    models: new Map(),
  };
  const worker = createDeliveryWorker(deps, options.worker);
  const delivery: Service = {
    name: 'delivery',
    async start() {
      runtime.wakeDelivery = () => worker.wake();
      worker.start();
    },
    async stop() {
      runtime.wakeDelivery = () => {};
      await worker.stop();
    },
  };
  const scheduler = createSchedulerService(
    { ...deps, wakeDelivery: () => runtime.wakeDelivery() },
    { cron: options.cron },
  );
  return [delivery, scheduler];
}
