/**
 * The port every chat platform implements. The core (rounds, members, commands) talks to
 * Slack and Discord only through this interface; adapters/ implement it and register a
 * factory in the registry below. Nothing here knows an SDK.
 */

import type { Config } from './config.ts';
import type { MeetingSuggestion } from './meeting/suggest-meeting-times.ts';

export type PlatformName = 'slack' | 'discord';

/** What the members of a group share, as normalised interest keys. */
export interface SharedGround {
  hobbies: string[];
  volunteer: string[];
}

/** One introduction to post: the adapter renders it (Block Kit, Discord message). */
export interface IntroDelivery {
  introId: number;
  /** Workspace (Slack team id) or guild id. */
  communityExternalId: string;
  /** Platform user ids of the group. */
  userIds: string[];
  shared: SharedGround;
  /** The hook: why these people were matched; names people only as mention tokens of their user ids (`{@U123}`). */
  why: string;
  icebreaker: string;
  /** Times in everyone's daytime to offer, or why there are none; absent for older rows. */
  meeting?: MeetingSuggestion;
  /** Discord: the intros channel to open a private thread in; null means DMs. */
  channelId: string | null;
  /** Stable per outbox row; adapters pass it as an idempotency key where the platform has one. */
  nonce: string;
  /**
   * An earlier attempt of this row may have posted (its claim was taken before): where the
   * platform has no idempotency key, the adapter looks for the nonce before posting again.
   */
  mayHavePosted?: boolean;
}

export type { InitialAnswer as FeedbackAnswer, CheckinAnswer } from './domain/intro.ts';

/**
 * A private message to one member. `ask` is how an intro went, sent to each member in
 * their own DM as soon as the intro is out (answers are never asked in the shared group
 * message, where a partner would see them); `nudge` asks again, days later, whoever has
 * not answered; `checkin` asks whether people are still in touch.
 */
export type DirectDelivery =
  | {
      kind: 'ask' | 'nudge' | 'checkin';
      communityExternalId: string;
      userId: string;
      introId: number;
      otherUserIds: string[];
      nonce: string;
      mayHavePosted?: boolean;
    }
  | {
      kind: 'notice';
      communityExternalId: string;
      userId: string;
      /** Plain text written by the core; adapters escape nothing away from it but mentions. */
      text: string;
      nonce: string;
      mayHavePosted?: boolean;
    };

/** Reasons a delivery can never succeed; the outbox records them and stops at once. */
export const PERMANENT_FAILURES = [
  'user_gone',
  'dms_closed',
  'channel_missing',
  'missing_permissions',
  'token_revoked',
  'community_gone',
] as const;
export type PermanentFailure = (typeof PERMANENT_FAILURES)[number];

/** One message an intro became: a group DM or thread, or one DM per member. */
export interface PostedMessage {
  /** Whose DM this is, when the adapter sent one per member. */
  userId?: string;
  channelId: string;
  messageId: string;
}

export type DeliveryResult =
  | {
      ok: true;
      channelId: string;
      messageId: string;
      /** Every message posted, when there were several (one DM per member); defaults to the one above. */
      messages?: PostedMessage[];
    }
  | { ok: false; kind: 'rate_limited'; retryAfterMs: number; detail?: string }
  | { ok: false; kind: 'temporary'; detail: string }
  | { ok: false; kind: 'permanent'; code: PermanentFailure; userId?: string; detail?: string };

export interface ChatPlatform {
  readonly name: PlatformName;
  start(): Promise<void>;
  stop(): Promise<void>;
  sendIntro(intro: IntroDelivery): Promise<DeliveryResult>;
  sendDirect(message: DirectDelivery): Promise<DeliveryResult>;
  /**
   * Which of these users still belong to the community (not deactivated, not gone from
   * the guild). Users the platform cannot tell about are returned as members: a failed
   * look-up must not silently drop people; delivery re-checks anyway.
   */
  activeMembers(communityExternalId: string, userIds: string[]): Promise<Set<string>>;
}

/** A registry of platforms by name, so the rounds pipeline can deliver to any community. */
export class PlatformRegistry {
  readonly #platforms = new Map<PlatformName, ChatPlatform>();

  register(platform: ChatPlatform): void {
    if (this.#platforms.has(platform.name)) throw new Error(`platform ${platform.name} registered twice`);
    this.#platforms.set(platform.name, platform);
  }

  get(name: PlatformName): ChatPlatform | undefined {
    return this.#platforms.get(name);
  }

  all(): ChatPlatform[] {
    return [...this.#platforms.values()];
  }
}

/**
 * How the composition root learns about adapters without importing them: adapters/
 * exports a list of factories and the `kindred` entry point passes it in.
 */
export interface AdapterFactory<Context = unknown> {
  readonly name: PlatformName;
  /** Whether the environment holds this platform's credentials. */
  isConfigured(config: Config): boolean;
  /** May load the platform's SDK first: it is imported only when the platform is configured. */
  create(context: Context): ChatPlatform | Promise<ChatPlatform>;
}
