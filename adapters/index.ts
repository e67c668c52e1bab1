import type { CliCommand } from '../src/cli.ts';
import type { AdapterFactory } from '../src/platform.ts';
import type { Runtime } from '../src/runtime.ts';
import { discordAdapterFactory } from './discord/discord-platform.ts';
import { registerDiscordCommands } from './discord/register-commands.ts';
import { slackAdapterFactory } from './slack/slack-platform.ts';

/** Every chat platform Kindred can run on; `kindred serve` starts the configured ones. */
export const adapterFactories: AdapterFactory<Runtime>[] = [slackAdapterFactory, discordAdapterFactory()];

/** `kindred` commands that belong to one platform. */
export const adapterCommands: Record<string, { describe: string; run: CliCommand }> = {
  'discord-commands': {
    describe: 'register /intro with Discord (--guild ID: one server)',
    run: registerDiscordCommands,
  },
};
