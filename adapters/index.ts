import type { CliCommand } from '../src/cli.ts';
import type { AdapterFactory } from '../src/platform.ts';
import type { Runtime } from '../src/runtime.ts';
import { slackAdapterFactory } from './slack/slack-platform.ts';

/** Every chat platform Kindred can run on; `kindred serve` starts the configured ones. */
export const adapterFactories: AdapterFactory<Runtime>[] = [slackAdapterFactory];

/** `kindred` commands that belong to one platform. */
export const adapterCommands: Record<string, { describe: string; run: CliCommand }> = {};
