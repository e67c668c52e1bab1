import { z } from 'zod';
import { timezoneProblem } from '../members/profile-rules.ts';

const list = (what: string) =>
  z.array(z.string({ error: `each ${what} must be a string` }), {
    error: `${what} must be a list of strings`,
  });

/** One member as a roster file (`kindred match`, the dashboard import) may give it; only `id` is required. */
export const rosterMemberSchema = z.strictObject({
  id: z.string({ error: 'id must be a string' }).trim().min(1, { error: 'id must not be empty' }),
  name: z.string({ error: 'name must be a string' }).optional(),
  hobbies: list('hobby').default([]),
  volunteer: list('cause').default([]),
  industry: z.string({ error: 'industry must be a string or null' }).nullable().optional(),
  timezone: z
    .string({ error: 'timezone must be a string or null' })
    .refine((zone) => timezoneProblem(zone) === undefined, {
      error: 'timezone is not an IANA time zone (for example "Europe/London")',
    })
    .nullable()
    .optional(),
  blocked: list('blocked id').optional(),
  /** Sat out last time; greater than 0 is matched first. */
  priority: z
    .number({ error: 'priority must be a number' })
    .min(0, { error: 'priority must be 0 or more' })
    .optional(),
});

export type RosterMember = z.infer<typeof rosterMemberSchema>;

/** The fields a members file may have, in the order the contract lists them. */
export const MEMBER_FIELDS = Object.keys(rosterMemberSchema.shape);

/** CSV columns that hold lists, separated by `;` or `,` (see `splitListCell`). */
export const LIST_FIELDS = new Set(['hobbies', 'volunteer', 'blocked']);
