import { z } from 'zod';
import { PROFILE_LIMITS } from '../members/profile-rules.ts';

const interestsText = z.string().max(PROFILE_LIMITS.listTextLength);

/**
 * Every `/intro` word as data. Slack gives a line of text (see parseIntroText); Discord
 * gives subcommands and options, which its adapter maps to the same shape and validates
 * with this schema.
 */
export const introCommandSchema = z.discriminatedUnion('word', [
  z.object({ word: z.literal('join') }),
  z.object({ word: z.literal('hobbies'), interests: interestsText }),
  z.object({ word: z.literal('volunteer'), interests: interestsText }),
  z.object({ word: z.literal('profile') }),
  z.object({ word: z.literal('pause'), duration: z.string().max(20).optional() }),
  z.object({ word: z.literal('resume') }),
  z.object({ word: z.literal('leave') }),
  z.object({ word: z.literal('forget') }),
  z.object({ word: z.literal('export') }),
  z.object({ word: z.literal('block'), userId: z.string().min(1).max(64) }),
  z.object({
    word: z.literal('help'),
    /** A word Kindred does not know. */
    unknown: z.string().max(40).optional(),
    /** A known word used wrongly: the code of the message that says how to use it. */
    problem: z.string().max(40).optional(),
  }),
  z.object({ word: z.literal('admin_round') }),
  z.object({
    word: z.literal('admin_schedule'),
    cron: z.string().min(1).max(100),
    timezone: z.string().max(64).optional(),
  }),
  z.object({ word: z.literal('admin_channel'), channelId: z.string().min(1).max(64) }),
  z.object({ word: z.literal('admin_stats') }),
]);

export type IntroCommand = z.infer<typeof introCommandSchema>;
export type IntroWord = IntroCommand['word'];

/** Who asked, as the adapter knows them. */
export interface CommandContext {
  platform: 'slack' | 'discord';
  communityExternalId: string;
  communityName?: string | null;
  userId: string;
  displayName?: string | null;
  /** A workspace admin/owner on Slack, Manage Server on Discord. KINDRED_ADMINS is added by the core. */
  platformAdmin: boolean;
}

/** What the person sees; always private to them. */
export interface CommandReply {
  text: string;
  /** `join`: the adapter opens the profile form where the platform allows. */
  openProfileForm?: boolean;
  /** `export`: the member's data, for the adapter to send as a file or code block. */
  attachment?: { filename: string; content: string };
}
