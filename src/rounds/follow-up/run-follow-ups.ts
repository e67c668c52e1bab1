import type { Queryable } from '../../store/db.ts';
import { pauseGhosts } from './pause-ghosts.ts';
import { queueAsks } from './queue-asks.ts';
import { queueCheckins, queueNudges } from './queue-nudges.ts';

export interface FollowUpCounts {
  asks: number;
  nudges: number;
  checkins: number;
  ghostsPaused: number;
  roundsDone: number;
}

/**
 * The follow-up part of every scheduler tick, for all communities at once: private asks
 * about intros just sent, nudges, check-ins, ghost pauses, and rounds whose intros have
 * all been settled marked done.
 * Each step is one idempotent statement (dedupe keys), so ticks on several processes
 * at once do no harm.
 */
export async function runFollowUps(q: Queryable, now: Date): Promise<FollowUpCounts> {
  const asks = await queueAsks(q, now);
  const nudges = await queueNudges(q, now);
  const checkins = await queueCheckins(q, now);
  const ghostsPaused = (await pauseGhosts(q, now)).length;
  const { rowCount: roundsDone } = await q.query(
    `UPDATE rounds r SET status = 'done' WHERE r.status = 'planned'
       AND NOT EXISTS (SELECT 1 FROM intros i WHERE i.round_id = r.id AND i.status = 'pending')`,
  );
  return { asks, nudges, checkins, ghostsPaused, roundsDone };
}
