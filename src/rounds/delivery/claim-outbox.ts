import { z } from 'zod';
import type { Queryable } from '../../store/db.ts';
import { parseRows } from '../../store/rows.ts';

const claimedSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['intro', 'ask', 'nudge', 'checkin', 'notice']),
  fence: z.number().int(),
  communityId: z.number().int(),
  introId: z.number().int().nullable(),
  memberId: z.number().int().nullable(),
  attempts: z.number().int(),
  payload: z.record(z.string(), z.unknown()),
});
/** An outbox row this worker holds the lease on, with the fence that proves it. */
export type ClaimedRow = z.infer<typeof claimedSchema> & { owner: string };

/**
 * Claims due rows (pending and available, or sending with an expired lease: its worker
 * died) with `FOR UPDATE SKIP LOCKED`, so concurrent workers never claim the same row.
 * Intros come first, so under a tight rate limit every intro of a round goes out before
 * nudges, notices or questions. Each claim bumps the fence: a worker whose lease expired and was taken over can no
 * longer finish the row.
 */
export async function claimOutbox(
  q: Queryable,
  input: { owner: string; now: Date; leaseMs: number; limit: number },
): Promise<ClaimedRow[]> {
  const { rows } = await q.query(
    `UPDATE outbox o SET status = 'sending', lease_owner = $1, lease_until = $3, fence = o.fence + 1
     FROM (SELECT id FROM outbox
           WHERE (status = 'pending' AND available_at <= $2) OR (status = 'sending' AND lease_until <= $2)
           ORDER BY (kind <> 'intro'), available_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) due
     WHERE o.id = due.id
     RETURNING o.id, o.kind, o.fence, o.community_id AS "communityId", o.intro_id AS "introId",
       o.member_id AS "memberId", o.attempts, o.payload`,
    [input.owner, input.now, new Date(input.now.getTime() + input.leaseMs), input.limit],
  );
  return parseRows(claimedSchema, rows, 'outbox claim')
    .sort((a, b) => a.id - b.id)
    .map((row) => ({ ...row, owner: input.owner }));
}

/** Gives a claimed row back untouched (shutdown): pending again, lease cleared, if still ours. */
export async function releaseLease(q: Queryable, row: ClaimedRow): Promise<boolean> {
  const { rowCount } = await q.query(
    `UPDATE outbox SET status = 'pending', lease_owner = NULL, lease_until = NULL
     WHERE id = $1 AND fence = $2 AND lease_owner = $3 AND status = 'sending'`,
    [row.id, row.fence, row.owner],
  );
  return rowCount > 0;
}

/** Locks the row for this attempt if the lease is still ours; false when it was taken over. */
export async function lockClaim(q: Queryable, row: ClaimedRow): Promise<boolean> {
  const { rowCount } = await q.query(
    `SELECT 1 FROM outbox WHERE id = $1 AND fence = $2 AND lease_owner = $3 AND status = 'sending' FOR UPDATE`,
    [row.id, row.fence, row.owner],
  );
  return rowCount > 0;
}
