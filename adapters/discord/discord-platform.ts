import { once } from 'node:events';
import { Client, type ClientOptions } from 'discord.js';
import type {
  AdapterFactory,
  ChatPlatform,
  DeliveryResult,
  DirectDelivery,
  IntroDelivery,
} from '../../src/platform.ts';
import type { Runtime } from '../../src/runtime.ts';
import { createSharedPacer, type Pacer } from '../../src/rounds/delivery/pacing/shared-pacer.ts';
import { discordClientOptions } from './client-options.ts';
import { pacedRequest } from './delivery/paced-request.ts';
import { activeGuildMembers } from './delivery/guild-membership.ts';
import { sendDirect } from './delivery/send-direct.ts';
import { sendIntro } from './delivery/send-intro.ts';
import { introThreads } from '../../src/rounds/delivery/intro-threads.ts';
import { onInteraction } from './listeners/on-interaction.ts';
import { listenForReactions } from './listeners/on-reaction.ts';

export interface DiscordPlatformOptions {
  /** Merged over Kindred's client options (tests pass a faster identify throttler). */
  clientOptions?: Partial<ClientOptions>;
  /**
   * How long `start()` waits for `clientReady` after login. discord.js holds it back until
   * every guild's GUILD_CREATE arrived (or 15 s); Kindred works before that, so this only
   * bounds the wait.
   */
  readyTimeoutMs?: number;
  /** Where REST calls reserve their slots; the database's shared pacer by default. */
  pacer?: Pacer;
}

const NOT_CONNECTED: DeliveryResult = {
  ok: false,
  kind: 'temporary',
  detail: 'discord client not connected',
};

export interface DiscordPlatform extends ChatPlatform {
  /** The running client, while started. */
  readonly client: Client | undefined;
}

/** Kindred on Discord: one discord.js client; the community is the guild. */
export function createDiscordPlatform(
  runtime: Runtime,
  options: DiscordPlatformOptions = {},
): DiscordPlatform {
  const discord = runtime.config.discord;
  if (!discord) throw new Error('createDiscordPlatform: DISCORD_TOKEN is not set');
  const log = runtime.log.child({ platform: 'discord' });
  const deps = { ...runtime, log };
  const threads = introThreads(runtime.db);
  let client: Client | undefined;

  return {
    name: 'discord',
    get client() {
      return client;
    },

    async start() {
      // Every REST call but interaction replies reserves its slot in the database, shared by all processes.
      const makeRequest = pacedRequest({
        pacer: options.pacer ?? createSharedPacer({ db: runtime.db, now: runtime.clock }),
        maxWaitMs: 20_000,
      });
      const started = new Client(
        discordClientOptions(discord.apiUrl, {
          ...options.clientOptions,
          rest: { makeRequest, ...options.clientOptions?.rest },
        }),
      );
      // Without an 'error' listener an emitted error would crash the process.
      started.on('error', (err) => log.error({ err }, 'discord: client error'));
      started.on('warn', (message) => log.warn({ message }, 'discord: client warning'));
      started.on('interactionCreate', (interaction) => void onInteraction(deps, interaction));
      listenForReactions(started, deps);
      const ready = once(started, 'clientReady', {
        signal: AbortSignal.timeout(options.readyTimeoutMs ?? 20_000),
      });
      ready.catch(() => {});
      try {
        await started.login(discord.token);
      } catch (error) {
        await started.destroy();
        throw new Error(
          `Discord refused to connect (${(error as Error).message}). Check DISCORD_TOKEN: reset it under Bot in the Developer Portal if it leaked or changed.`,
          { cause: error },
        );
      }
      client = started;
      await ready.catch(() => log.warn('discord: guilds still loading; carrying on'));
      log.info({ user: started.user?.tag, guilds: started.guilds.cache.size }, 'discord: connected');
      if (!discord.applicationId)
        log.warn('discord: DISCORD_APPLICATION_ID is not set; `npx kindred discord-commands` needs it');
    },

    async stop() {
      const stopping = client;
      client = undefined;
      await stopping?.destroy();
    },

    sendIntro: (intro: IntroDelivery) =>
      client ? sendIntro({ client, log, threads }, intro) : Promise.resolve(NOT_CONNECTED),

    sendDirect: (message: DirectDelivery) =>
      client ? sendDirect(client, message) : Promise.resolve(NOT_CONNECTED),

    // Without a client nobody can be checked: everyone counts as a member (see the port).
    activeMembers: (guildId: string, userIds: string[]) =>
      client ? activeGuildMembers(client, guildId, userIds) : Promise.resolve(new Set(userIds)),
  };
}

/** The factory `kindred serve` uses; configured when DISCORD_TOKEN is set. */
export function discordAdapterFactory(options: DiscordPlatformOptions = {}): AdapterFactory<Runtime> {
  return {
    name: 'discord',
    isConfigured: (config) => config.discord !== undefined,
    create: (runtime) => createDiscordPlatform(runtime, options),
  };
}
