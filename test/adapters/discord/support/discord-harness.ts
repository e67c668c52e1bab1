import { UNPACED } from '../../../../src/rounds/delivery/pacing/shared-pacer.ts';
import type { ClientOptions } from 'discord.js';
import {
  createDiscordPlatform,
  type DiscordPlatform,
} from '../../../../adapters/discord/discord-platform.ts';
import { loadConfig } from '../../../../src/config.ts';
import { createMetrics } from '../../../../src/http/metrics.ts';
import { createHttpServer } from '../../../../src/http/server.ts';
import { createLogger, silentLogger } from '../../../../src/log.ts';
import { PlatformRegistry } from '../../../../src/platform.ts';
import type { Runtime } from '../../../../src/runtime.ts';
import type { Db } from '../../../../src/store/db.ts';
import {
  startFakeDiscord,
  type CommandOption,
  type FakeDiscord,
  type InteractionPayload,
  type RecordedRequest,
} from '../../../fakes/discord/fake-discord.ts';

/** @discordjs/ws spaces IDENTIFYs 5 s apart per manager; tests that reconnect cannot wait. */
export const NO_IDENTIFY_WAIT: Partial<ClientOptions> = {
  ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
};

/** The environment `kindred serve` would see for this fake. */
export function discordEnv(fake: FakeDiscord): Record<string, string> {
  return {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.world.application.id,
    DISCORD_API_URL: fake.apiUrl,
  };
}

/** What Kindred answered to one interaction, once its final answer is in. */
export interface Answer {
  /** The callback type: 4 message, 5 deferred (then edited), 7 update, 9 modal. */
  type: number;
  content: string | undefined;
  flags: number | undefined;
  allowedMentions: unknown;
  files: RecordedRequest['files'];
  /** The modal's data, for type 9. */
  modal: Record<string, unknown> | undefined;
}

/** Waits for Kindred's answer to an interaction: its callback, and the edit after a defer. */
export async function answerTo(fake: FakeDiscord, payload: InteractionPayload): Promise<Answer> {
  const callback = await fake.waitForRequest(
    `POST /interactions/${payload.id}/${payload.token}/callback`,
    15_000,
  );
  const body = callback.body as { type: number; data?: Record<string, unknown> };
  if (body.type === 5) {
    const edit = await fake.waitForRequest(
      `PATCH /webhooks/${fake.world.application.id}/${payload.token}/messages/@original`,
      15_000,
    );
    const data = edit.body as Record<string, unknown>;
    return {
      type: 5,
      content: data.content as string | undefined,
      flags: (body.data?.flags as number | undefined) ?? undefined,
      allowedMentions: data.allowed_mentions,
      files: edit.files,
      modal: undefined,
    };
  }
  return {
    type: body.type,
    content: body.data?.content as string | undefined,
    flags: body.data?.flags as number | undefined,
    allowedMentions: body.data?.allowed_mentions,
    files: callback.files,
    modal: body.type === 9 ? body.data : undefined,
  };
}

/** `/intro <subcommand> [options]`, or `/intro admin <subcommand>` when `admin` is set. */
export function introOptions(word: string, options: CommandOption[] = []): CommandOption[] {
  const [group, sub] = word.split(' ');
  if (sub && group === 'admin')
    return [{ type: 2, name: 'admin', options: [{ type: 1, name: sub, options }] }];
  return [{ type: 1, name: word, options }];
}

export interface DiscordHarness {
  fake: FakeDiscord;
  runtime: Runtime;
  platform: DiscordPlatform;
  guildId: string;
  /** Runs `/intro …` as `user` in #general (or in the bot's DMs with `dm`) and returns the answer. */
  intro(
    user: { id: string },
    word: string,
    options?: CommandOption[],
    extra?: { dm?: boolean; memberPermissions?: bigint },
  ): Promise<Answer>;
  /** Submits the profile modal as `user`. */
  submitProfile(user: { id: string }, fields: Record<string, string>): Promise<Answer>;
  stop(): Promise<void>;
}

/** A started fake Discord and a started Discord platform on `db`, without the HTTP server or rounds. */
export async function startDiscordHarness(
  db: Db,
  options: {
    /** KINDRED_ADMINS, picked from the seeded users. */
    admins?: (seed: FakeDiscord['seed']) => string[];
    fake?: FakeDiscord;
    clientOptions?: Partial<ClientOptions>;
  } = {},
): Promise<DiscordHarness> {
  const fake = options.fake ?? (await startFakeDiscord({ heartbeatIntervalMs: 200 }));
  const log = process.env['KINDRED_TEST_LOG_LEVEL']
    ? createLogger(process.env['KINDRED_TEST_LOG_LEVEL'])
    : silentLogger();
  const runtime: Runtime = {
    config: loadConfig({ ...discordEnv(fake), KINDRED_ADMINS: options.admins?.(fake.seed).join(',') ?? '' }),
    db,
    log,
    http: createHttpServer(log),
    metrics: createMetrics({ defaults: false }),
    platforms: new PlatformRegistry(),
    clock: () => new Date(),
    wakeDelivery: () => {},
  };
  // Pacing has tests of its own; here the clock may stand still.
  const platform = createDiscordPlatform(runtime, { clientOptions: options.clientOptions, pacer: UNPACED });
  runtime.platforms.register(platform);
  await platform.start();
  const guildId = fake.seed.guild.id;
  const where = (dm?: boolean) => (dm ? {} : { guildId, channelId: fake.seed.channels.general.id });
  return {
    fake,
    runtime,
    platform,
    guildId,
    async intro(user, word, commandOptions = [], extra = {}) {
      const payload = fake.interactionCreate({
        user,
        ...where(extra.dm),
        ...(extra.memberPermissions !== undefined ? { memberPermissions: extra.memberPermissions } : {}),
        name: 'intro',
        options: introOptions(word, commandOptions),
      });
      fake.dispatch('INTERACTION_CREATE', payload);
      return answerTo(fake, payload);
    },
    async submitProfile(user, fields) {
      const payload = fake.modalSubmit({
        user,
        ...where(),
        customId: 'kindred:profile',
        fields,
        layout: 'label',
      });
      fake.dispatch('INTERACTION_CREATE', payload);
      return answerTo(fake, payload);
    },
    async stop() {
      await platform.stop();
      if (!options.fake) await fake.stop();
    },
  };
}
