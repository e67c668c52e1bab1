import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  GatewayMessageReactionAddDispatchData,
  GatewayMessageReactionRemoveDispatchData,
} from 'discord.js';
import {
  commandInteraction,
  componentInteraction,
  modalSubmitInteraction,
  type CommandInteractionInput,
  type ComponentInteractionInput,
  type InteractionPayload,
  type ModalSubmitInput,
} from './builders/interactions.ts';
import { messageReactionAdd, messageReactionRemove, type ReactionInput } from './builders/reactions.ts';
import { Gateway, type ReceivedPayload } from './gateway/gateway.ts';
import { FaultQueue, type Fault } from './rest/faults.ts';
import { matches, type RecordedRequest, type RequestMatcher } from './rest/request-log.ts';
import { createRestHandler } from './rest/rest-server.ts';
import type { RestDeps } from './rest/route.ts';
import { allRoutes } from './rest/routes/index.ts';
import { WatchedLog } from './watched-log.ts';
import { seedWorld, type Seed } from './world/seed.ts';
import { World } from './world/world.ts';

export { Intents, MessageFlag, Permission } from './constants.ts';
export type {
  CommandInteractionInput,
  CommandOption,
  ComponentInteractionInput,
  InteractionPayload,
  ModalSubmitInput,
} from './builders/interactions.ts';
export type { ReactionInput } from './builders/reactions.ts';
export type { Fault } from './rest/faults.ts';
export type { RecordedRequest, RequestMatcher } from './rest/request-log.ts';
export type { ReceivedPayload } from './gateway/gateway.ts';
export type { Seed } from './world/seed.ts';
export type { World } from './world/world.ts';

export interface FakeDiscordOptions {
  /** The bot token clients must present (`Authorization: Bot …`, IDENTIFY). */
  token?: string;
  /** HELLO's heartbeat_interval; Discord uses ~41 s, tests want tens of milliseconds. */
  heartbeatIntervalMs?: number;
  /** Privileged intents enabled for the application (bitfield), e.g. `Intents.GuildMembers`. */
  privilegedIntents?: number;
  clock?: () => number;
  /** How long `enforce_nonce` remembers a nonce (default 5 minutes). */
  nonceWindowMs?: number;
  /** Time allowed for an interaction's initial response (default 3 s, as on Discord). */
  interactionResponseWindowMs?: number;
  /** Pause between READY and the frames after it (default 20 ms). */
  readyHoldMs?: number;
}

/** A loopback Discord: REST under `apiUrl` + `/v10`, the gateway at `gatewayUrl`, one world model. */
export interface FakeDiscord {
  /** `http://127.0.0.1:PORT/api`: pass as `rest.api` (discord.js appends `/v10`). */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly token: string;
  readonly world: World;
  /** The seeded guild, roles, channels and users. */
  readonly seed: Seed;
  readonly gateway: Gateway;
  /** Every REST call so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Answers the next matching request(s) with a fault instead of (or after) handling it. */
  failNext(matcher: RequestMatcher, fault: Fault): void;
  /** Resolves with the first answered request matching, past or future. */
  waitForRequest(matcher: RequestMatcher, timeoutMs?: number): Promise<RecordedRequest>;
  /** Resolves with the first payload a client sent with this opcode, past or future. */
  waitForGatewayOp(op: number, timeoutMs?: number): Promise<ReceivedPayload>;
  /** Sends a dispatch to every session whose intents allow it; returns how many got it. */
  dispatch(event: string, data: unknown): number;
  dropConnections(code?: number): void;
  requestReconnect(): void;
  invalidateSessions(resumable?: boolean): void;
  restartGateway(): void;
  interactionCreate(input: CommandInteractionInput): InteractionPayload;
  modalSubmit(input: ModalSubmitInput): InteractionPayload;
  componentInteraction(input: ComponentInteractionInput): InteractionPayload;
  messageReactionAdd(input: ReactionInput): GatewayMessageReactionAddDispatchData;
  messageReactionRemove(input: ReactionInput): GatewayMessageReactionRemoveDispatchData;
  stop(): Promise<void>;
}

/** Starts the fake on 127.0.0.1 at a free port with a seeded world. Always `stop()` it. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const clock = options.clock ?? Date.now;
  const token = options.token ?? 'fake-bot-token.kindred.test';
  const world = new World(clock, { privilegedIntents: options.privilegedIntents ?? 0 });
  const seed = seedWorld(world);
  const log = new WatchedLog<RecordedRequest>();
  const faults = new FaultQueue();
  let port = 0;
  const gatewayUrl = (): string => `ws://127.0.0.1:${port}/gateway`;
  const gateway = new Gateway({
    world,
    token,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    readyHoldMs: options.readyHoldMs ?? 20,
    url: gatewayUrl,
  });
  const deps: RestDeps = {
    world,
    settings: {
      nonceWindowMs: options.nonceWindowMs ?? 5 * 60_000,
      interactionResponseWindowMs: options.interactionResponseWindowMs ?? 3_000,
      interactionTokenLifetimeMs: 15 * 60_000,
    },
    dispatch: (event, data) => gateway.dispatch(event, data),
    gatewayUrl,
    nonces: new Map(),
  };
  const server: Server = createServer(
    createRestHandler({
      deps,
      routes: allRoutes,
      faults,
      token,
      onRecorded: (request, stage) => (stage === 'received' ? log.push(request) : log.touch(request)),
    }),
  );
  server.on('upgrade', (req, socket, head) => gateway.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl: gatewayUrl(),
    token,
    world,
    seed,
    gateway,
    requests: log.entries,
    failNext: (matcher, fault) => faults.add(matcher, fault),
    waitForRequest: (matcher, timeoutMs = 2_000) =>
      log.waitFor(
        (r) => r.status !== 0 && matches(matcher, r),
        timeoutMs,
        () =>
          `a request matching ${String(typeof matcher === 'function' ? 'a predicate' : JSON.stringify(matcher))}; saw ${log.entries.map((r) => `${r.method} ${r.path} → ${r.status}`).join(', ') || 'none'}`,
      ),
    waitForGatewayOp: (op, timeoutMs = 2_000) =>
      gateway.received.waitFor(
        (p) => p.op === op,
        timeoutMs,
        () => `gateway op ${op}`,
      ),
    dispatch: (event, data) => gateway.dispatch(event, data),
    dropConnections: (code) => gateway.dropConnections(code),
    requestReconnect: () => gateway.requestReconnect(),
    invalidateSessions: (resumable) => gateway.invalidateSessions(resumable),
    restartGateway: () => gateway.restart(),
    interactionCreate: (input) => commandInteraction(world, input),
    modalSubmit: (input) => modalSubmitInteraction(world, input),
    componentInteraction: (input) => componentInteraction(world, input),
    messageReactionAdd: (input) => messageReactionAdd(world, input),
    messageReactionRemove: (input) => messageReactionRemove(world, input),
    stop: async () => {
      faults.clear();
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
