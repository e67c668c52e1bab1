import type { Logger } from '../../src/log.ts';
import type { Runtime } from '../../src/runtime.ts';
import type { AfterAck } from './after-ack.ts';

/** What every Slack listener gets: the running service, a `{platform: 'slack'}` logger. */
export interface SlackDeps {
  runtime: Runtime;
  log: Logger;
  afterAck: AfterAck;
}

/** The logger for one workspace's traffic. */
export const communityLog = (deps: SlackDeps, teamId: string | undefined): Logger =>
  deps.log.child({ community: teamId ?? 'unknown' });
