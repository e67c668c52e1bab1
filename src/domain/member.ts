import { z } from 'zod';
import type { CommunityRef } from './community.ts';

export const MEMBER_STATUSES = ['active', 'paused', 'left'] as const;
export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const memberSchema = z.object({
  id: z.number().int(),
  communityId: z.number().int(),
  platformUserId: z.string().min(1),
  displayName: z.string().nullable(),
  status: z.enum(MEMBER_STATUSES),
  pausedUntil: z.date().nullable(),
  pauseReason: z.enum(['self', 'ghost']).nullable(),
  cadence: z.enum(CADENCES),
  consentAt: z.date(),
  joinedAt: z.date(),
  leftAt: z.date().nullable(),
  priority: z.number().int().min(0),
});
export type Member = z.infer<typeof memberSchema>;

export const profileSchema = z.object({
  memberId: z.number().int(),
  hobbies: z.array(z.string()),
  volunteer: z.array(z.string()),
  /** How the member wrote each hobby / cause, index for index with the keys above. */
  hobbySpellings: z.array(z.string()).optional(),
  volunteerSpellings: z.array(z.string()).optional(),
  industry: z.string().nullable(),
  timezone: z.string().nullable(),
  updatedAt: z.date(),
});
export type Profile = z.infer<typeof profileSchema>;

/** A person as a platform names them: which community, which user. */
export interface MemberRef extends CommunityRef {
  userId: string;
}

/** Whether a member takes part in a round starting at `at`. */
export function isEligible(member: Pick<Member, 'status' | 'pausedUntil'>, at: Date): boolean {
  if (member.status === 'active') return true;
  return member.status === 'paused' && member.pausedUntil !== null && member.pausedUntil <= at;
}
