import { z } from 'zod';

export const sharedGroundSchema = z.object({
  hobbies: z.array(z.string()),
  volunteer: z.array(z.string()),
});

export const roundSchema = z.object({
  id: z.number().int(),
  communityId: z.number().int(),
  period: z.string(),
  status: z.enum(['claimed', 'planned', 'done', 'failed']),
  createdAt: z.date(),
  plannedAt: z.date().nullable(),
  stats: z.record(z.string(), z.unknown()),
});
export type Round = z.infer<typeof roundSchema>;

export const introSchema = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  communityId: z.number().int(),
  size: z.number().int().min(2).max(3),
  score: z.number(),
  shared: sharedGroundSchema,
  why: z.string(),
  icebreaker: z.string(),
  status: z.enum(['pending', 'sent', 'failed', 'cancelled']),
  failureReason: z.string().nullable(),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
});
export type Intro = z.infer<typeof introSchema>;

export const FEEDBACK_KINDS = ['initial', 'checkin'] as const;
export const INITIAL_ANSWERS = ['genuine', 'transactional', 'no_show'] as const;
export const CHECKIN_ANSWERS = ['in_touch', 'not_in_touch'] as const;
export type InitialAnswer = (typeof INITIAL_ANSWERS)[number];
export type CheckinAnswer = (typeof CHECKIN_ANSWERS)[number];

export const feedbackSchema = z.object({
  introId: z.number().int(),
  memberId: z.number().int(),
  kind: z.enum(FEEDBACK_KINDS),
  answer: z.enum([...INITIAL_ANSWERS, ...CHECKIN_ANSWERS]),
  source: z.enum(['reaction', 'button', 'command', 'import']),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type Feedback = z.infer<typeof feedbackSchema>;
