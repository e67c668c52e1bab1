import { afterEach, describe, expect, it } from 'vitest';
import { adapterCommands } from '../../../adapters/index.ts';
import { introCommandDefinitions } from '../../../adapters/discord/command-definitions.ts';
import { runCli, type CliIo } from '../../../src/cli.ts';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import { discordEnv } from './support/discord-harness.ts';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, readFile: async () => '', stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
}

const run = (args: string[], env: NodeJS.ProcessEnv, io: CliIo) =>
  runCli(['discord-commands', ...args], { commands: adapterCommands, env, io });

describe('kindred discord-commands', () => {
  it('GIVEN --guild THEN one bulk overwrite of that server’s commands with exactly the definitions', async () => {
    fake = await startFakeDiscord();
    const io = captureIo();
    expect(await run(['--guild', fake.seed.guild.id], discordEnv(fake), io)).toBe(0);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.path).toBe(
      `/applications/${fake.world.application.id}/guilds/${fake.seed.guild.id}/commands`,
    );
    expect(puts[0]?.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(puts[0]?.body).toEqual(introCommandDefinitions());
    expect(io.out).toEqual([
      `Registered /intro in server ${fake.seed.guild.id}.`,
      expect.stringMatching(
        /^Invite Kindred to a server with: https:\/\/discord\.com\/oauth2\/authorize\?.*permissions=343597452288/,
      ),
    ]);
    // Discord accepted it: the command is stored for the guild.
    expect([...fake.world.commands.values()].map((c) => [c.guildId, c.body.name])).toEqual([
      [fake.seed.guild.id, 'intro'],
    ]);
  });

  it('GIVEN no --guild THEN it overwrites the global commands', async () => {
    fake = await startFakeDiscord();
    const io = captureIo();
    expect(await run([], discordEnv(fake), io)).toBe(0);
    expect(fake.requests.find((r) => r.method === 'PUT')?.path).toBe(
      `/applications/${fake.world.application.id}/commands`,
    );
    expect(io.out.join('\n')).toMatch(/^Registered \/intro globally/);
  });

  it('says what is missing: the application id, a usable server id, a valid token', async () => {
    fake = await startFakeDiscord();
    const io = captureIo();
    expect(await run([], { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl }, io)).toBe(2);
    expect(io.err.join('\n')).toMatch(/DISCORD_APPLICATION_ID/);
    expect(await run(['--guild', '42'], discordEnv(fake), io)).toBe(2);
    expect(io.err.join('\n')).toMatch(/--guild expects a server id/);
    expect(await run([], { ...discordEnv(fake), DISCORD_TOKEN: 'wrong' }, io)).toBe(1);
    expect(io.err.at(-1)).toMatch(/Check DISCORD_TOKEN/);
    expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.status)).toEqual([401]);
  });
});
