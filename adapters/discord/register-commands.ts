import { REST, Routes } from 'discord.js';
import type { CliCommand } from '../../src/cli.ts';
import { loadCliConfig } from '../../src/cli/load-cli-config.ts';
import { introCommandDefinitions } from './command-definitions.ts';
import { inviteUrl } from './invite-url.ts';

const USAGE = 'Usage: kindred discord-commands [--guild ID]';

function parseArgs(args: string[]): { guildId?: string } | string {
  const [flag, value, ...extra] = args;
  if (flag === undefined) return {};
  if (flag !== '--guild' || extra.length > 0) return USAGE;
  if (!value || !/^\d{17,20}$/.test(value))
    return `--guild expects a server id (17 to 19 digits; Developer Mode → right-click the server → Copy Server ID).\n${USAGE}`;
  return { guildId: value };
}

/**
 * `kindred discord-commands [--guild ID]`: registers `/intro` with one bulk overwrite
 * (PUT), so the registered commands are exactly `introCommandDefinitions()` and a
 * renamed or removed word disappears. `--guild` updates one server at once, for
 * development; without it the command is global.
 */
export const registerDiscordCommands: CliCommand = async (args, io, env) => {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    return 2;
  }
  const config = loadCliConfig(env, io);
  if (!config) return 2;
  const discord = config.discord;
  if (!discord?.applicationId) {
    io.stderr(
      'kindred discord-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal → your application → General Information → Application ID).',
    );
    return 2;
  }
  const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);
  const route = parsed.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, parsed.guildId)
    : Routes.applicationCommands(discord.applicationId);
  try {
    const stored = (await rest.put(route, { body: introCommandDefinitions() })) as { name: string }[];
    const names = stored.map((c) => `/${c.name}`).join(', ');
    io.stdout(
      parsed.guildId
        ? `Registered ${names} in server ${parsed.guildId}.`
        : `Registered ${names} globally. Discord may take a few minutes to show it everywhere.`,
    );
    io.stdout(`Invite Kindred to a server with: ${inviteUrl(discord.applicationId)}`);
    return 0;
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint =
      status === 401
        ? ' Check DISCORD_TOKEN.'
        : status === 403 || status === 404
          ? ' Check DISCORD_APPLICATION_ID, and that the bot was invited to that server with the applications.commands scope.'
          : '';
    io.stderr(`Discord refused the commands: ${(error as Error).message}.${hint}`);
    return 1;
  }
};
