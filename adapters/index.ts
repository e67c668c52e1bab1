import type { CliCommand } from '../src/cli.ts';
import type { AdapterFactory } from '../src/platform.ts';
import type { Runtime } from '../src/runtime.ts';

// Each platform's SDK (Bolt, discord.js) is imported only when its credentials are set:
// `isConfigured` reads the configuration alone, `create` loads the adapter.

/** Every chat platform Kindred can run on; `kindred serve` starts the configured ones. */
export const adapterFactories: AdapterFactory<Runtime>[] = [
  {
    name: 'slack',
    isConfigured: (config) => config.slack !== undefined,
    create: async (runtime) =>
      (await import('./slack/slack-platform.ts')).slackAdapterFactory.create(runtime),
  },
  {
    name: 'discord',
    isConfigured: (config) => config.discord !== undefined,
    create: async (runtime) =>
      (await import('./discord/discord-platform.ts')).discordAdapterFactory().create(runtime),
  },
];

/** `kindred` commands that belong to one platform. */
export const adapterCommands: Record<string, { describe: string; run: CliCommand }> = {
  'discord-commands': {
    describe: 'register /intro with Discord (--guild ID: one server)',
    run: async (args, io, env) =>
      (await import('./discord/register-commands.ts')).registerDiscordCommands(args, io, env),
  },
};
