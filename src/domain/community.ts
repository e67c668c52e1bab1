import { z } from 'zod';

export const PLATFORMS = ['slack', 'discord', 'offline'] as const;
export type CommunityPlatform = (typeof PLATFORMS)[number];

/** A Slack workspace or Discord guild (or an offline roster imported on the dashboard). */
export const communitySchema = z.object({
  id: z.number().int(),
  platform: z.enum(PLATFORMS),
  externalId: z.string().min(1),
  name: z.string().nullable(),
  scheduleCron: z.string().min(1),
  timezone: z.string().min(1),
  introsChannel: z.string().nullable(),
  cooldownRounds: z.number().int().min(0),
  nudgeAfterDays: z.number().int().min(1),
  checkinAfterDays: z.number().int().min(1),
  status: z.enum(['active', 'stopped']),
  createdAt: z.date(),
});
export type Community = z.infer<typeof communitySchema>;

/** Identifies a community from what a platform event carries. */
export interface CommunityRef {
  platform: CommunityPlatform;
  externalId: string;
}
