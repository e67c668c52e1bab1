import { z } from 'zod';
import type { Queryable } from '../../store/db.ts';
import { parseRows } from '../../store/rows.ts';

/** How far the delivery of a community's latest round has got. */
export interface DeliveryProgress {
  roundId: number;
  period: string;
  total: number;
  sent: number;
  /** Intros that will not go out (called off, or failed for good). */
  closed: number;
  /** Still to send. */
  remaining: number;
  /** From the pace of the last minutes; undefined until two have gone out in that window. */
  etaMs: number | undefined;
}

// The pace is read from what went out recently, so it follows the platform's limits
// (and every process sending) without knowing them.
const WINDOW_MS = 5 * 60_000;

const row = z.object({
  communityId: z.number().int(),
  roundId: z.number().int(),
  period: z.string(),
  total: z.number().int(),
  sent: z.number().int(),
  closed: z.number().int(),
  recent: z.number().int(),
  recentFrom: z.date().nullable(),
});

/**
 * The delivery progress of the latest round of each community asked for (all when
 * `communityIds` is undefined), counted from the round's intro rows in the outbox.
 */
export async function deliveryProgress(
  q: Queryable,
  now: Date,
  communityIds?: readonly number[],
): Promise<Map<number, DeliveryProgress>> {
  const { rows } = await q.query(
    `WITH latest AS (
       SELECT DISTINCT ON (community_id) id, community_id, period FROM rounds
       WHERE $1::bigint[] IS NULL OR community_id = ANY($1::bigint[])
       ORDER BY community_id, id DESC)
     SELECT l.community_id AS "communityId", l.id AS "roundId", l.period, count(o.id)::int AS total,
       count(*) FILTER (WHERE o.status = 'sent')::int AS sent,
       count(*) FILTER (WHERE o.status IN ('failed', 'cancelled'))::int AS closed,
       count(*) FILTER (WHERE o.status = 'sent' AND o.sent_at > $2::timestamptz - make_interval(secs => $3::float8))::int AS recent,
       min(o.sent_at) FILTER (WHERE o.status = 'sent' AND o.sent_at > $2::timestamptz - make_interval(secs => $3::float8)) AS "recentFrom"
     FROM latest l JOIN intros i ON i.round_id = l.id JOIN outbox o ON o.intro_id = i.id AND o.kind = 'intro'
     GROUP BY l.community_id, l.id, l.period`,
    [communityIds ? [...communityIds] : null, now, WINDOW_MS / 1000],
  );
  const progress = new Map<number, DeliveryProgress>();
  for (const r of parseRows(row, rows, 'delivery progress')) {
    const remaining = Math.max(0, r.total - r.sent - r.closed);
    const elapsed = r.recentFrom ? now.getTime() - r.recentFrom.getTime() : 0;
    const perMs = r.recent >= 2 && elapsed > 0 ? (r.recent - 1) / elapsed : undefined;
    progress.set(r.communityId, {
      roundId: r.roundId,
      period: r.period,
      total: r.total,
      sent: r.sent,
      closed: r.closed,
      remaining,
      etaMs: remaining === 0 ? 0 : perMs ? remaining / perMs : undefined,
    });
  }
  return progress;
}

const count = (n: number) => n.toLocaleString('en-US');

/** "1,234 of 2,500 sent, about 14 min left", for people. */
export function describeProgress(p: DeliveryProgress): string {
  const head = `${count(p.sent)} of ${count(p.total)} sent`;
  if (p.remaining === 0) return p.closed > 0 ? `${head}, ${count(p.closed)} could not go out` : `${head}`;
  if (p.etaMs === undefined) return `${head}, starting`;
  const minutes = Math.ceil(p.etaMs / 60_000);
  return `${head}, about ${minutes < 2 ? '1 min' : minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`} left`;
}
