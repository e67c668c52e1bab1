import type { ScheduledTask } from 'node-cron';
import { createTask } from 'node-cron';
import type { Service } from '../../runtime.ts';
import type { PlanDeps } from '../plan-round.ts';
import { logOf } from '../round-deps.ts';
import type { TickReport } from './scheduler-tick.ts';
import { schedulerTick } from './scheduler-tick.ts';

export interface SchedulerService extends Service {
  /** Runs a tick now (or joins the one running). */
  tick(): Promise<TickReport | undefined>;
}

/**
 * node-cron is only the ticker: every minute it asks the database what is due. A fire
 * missed while every process was down is not lost, because the first tick at start-up
 * catches up the most recent missed period.
 */
export function createSchedulerService(
  deps: PlanDeps & { wakeDelivery?: () => void },
  options: { cron?: string } = {},
): SchedulerService {
  const log = logOf(deps).child({ task: 'scheduler' });
  let task: ScheduledTask | undefined;
  let running: Promise<TickReport | undefined> | undefined;
  const tick = () =>
    (running ??= schedulerTick(deps)
      .catch((err: unknown) => {
        log.error({ err }, 'scheduler tick failed; the next one retries');
        return undefined;
      })
      .finally(() => {
        running = undefined;
      }));
  return {
    name: 'scheduler',
    tick,
    async start() {
      task = createTask(options.cron ?? '* * * * *', () => tick(), { name: 'kindred-rounds' });
      await task.start();
      void tick();
    },
    async stop() {
      await task?.stop();
      await task?.destroy();
      await running;
    },
  };
}
