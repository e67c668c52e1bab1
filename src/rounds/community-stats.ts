import { outcomeRate } from '../domain/outcome-rates.ts';
import type { Queryable } from '../store/db.ts';
import { deliveryProgress, type DeliveryProgress } from './delivery/delivery-progress.ts';

/** A community at a glance, as plain data; the command layer and the dashboard render it. */
export interface CommunityStats {
  members: { active: number; paused: number; left: number; pausedForSilence: number };
  rounds: { total: number; lastPeriod: string | null; lastAt: Date | null };
  intros: {
    sent: number;
    pending: number;
    failed: number;
    cancelled: number;
    /** Why deliveries failed or were called off, e.g. `{ dms_closed: 2, member_left: 1 }`. */
    failureReasons: Record<string, number>;
  };
  feedback: {
    /** First answers given (a member changing their answer counts once). */
    answered: number;
    /** Intros with at least one first answer. */
    introsAnswered: number;
    answers: { genuine: number; transactional: number; no_show: number };
    /**
     * The genuine-connection rate as defined once in domain/outcome-rates.ts (answered
     * intros where someone said genuine, of answered intros); null before any answer.
     */
    genuineRate: number | null;
  };
  checkins: { answered: number; inTouch: number; notInTouch: number };
  /** The latest round's delivery; undefined before the first round with intros. */
  delivery: DeliveryProgress | undefined;
}

const n = (value: unknown): number => Number(value ?? 0);

export async function communityStats(
  db: Queryable,
  communityId: number,
  now: Date = new Date(),
): Promise<CommunityStats> {
  const members = await db.query(
    `SELECT count(*) FILTER (WHERE status = 'active') AS active,
       count(*) FILTER (WHERE status = 'paused') AS paused,
       count(*) FILTER (WHERE status = 'left') AS "left",
       count(*) FILTER (WHERE pause_reason = 'ghost') AS ghost
     FROM members WHERE community_id = $1`,
    [communityId],
  );
  const rounds = await db.query<{ total: number; lastPeriod: string | null; lastAt: Date | null }>(
    `SELECT (SELECT count(*) FROM rounds WHERE community_id = $1) AS total, r.period AS "lastPeriod",
       r.created_at AS "lastAt"
     FROM (SELECT 1) one LEFT JOIN LATERAL (
       SELECT period, created_at FROM rounds WHERE community_id = $1 ORDER BY id DESC LIMIT 1) r ON true`,
    [communityId],
  );
  const intros = await db.query<{ status: string; reason: string | null; count: number }>(
    `SELECT status, failure_reason AS reason, count(*) AS count FROM intros WHERE community_id = $1
     GROUP BY status, failure_reason`,
    [communityId],
  );
  const feedback = await db.query<{ kind: string; answer: string; count: number; intros: number }>(
    `SELECT f.kind, f.answer, count(*) AS count, count(DISTINCT f.intro_id) AS intros
     FROM feedback f JOIN intros i ON i.id = f.intro_id WHERE i.community_id = $1
     GROUP BY f.kind, f.answer`,
    [communityId],
  );
  const answeredIntros = await db.query<{ count: number }>(
    `SELECT count(DISTINCT f.intro_id) AS count FROM feedback f JOIN intros i ON i.id = f.intro_id
     WHERE i.community_id = $1 AND f.kind = 'initial'`,
    [communityId],
  );

  const delivery = (await deliveryProgress(db, now, [communityId])).get(communityId);

  const m = members.rows[0] ?? {};
  const byStatus = (status: string) =>
    intros.rows.filter((r) => r.status === status).reduce((sum, r) => sum + n(r.count), 0);
  const failureReasons: Record<string, number> = {};
  for (const row of intros.rows)
    if (row.reason) failureReasons[row.reason] = (failureReasons[row.reason] ?? 0) + n(row.count);
  const answer = (kind: string, name: string) =>
    n(feedback.rows.find((r) => r.kind === kind && r.answer === name)?.count);
  const answers = {
    genuine: answer('initial', 'genuine'),
    transactional: answer('initial', 'transactional'),
    no_show: answer('initial', 'no_show'),
  };
  const answered = answers.genuine + answers.transactional + answers.no_show;
  const last = rounds.rows[0];
  return {
    members: {
      active: n(m['active']),
      paused: n(m['paused']),
      left: n(m['left']),
      pausedForSilence: n(m['ghost']),
    },
    rounds: { total: n(last?.total), lastPeriod: last?.lastPeriod ?? null, lastAt: last?.lastAt ?? null },
    intros: {
      sent: byStatus('sent'),
      pending: byStatus('pending'),
      failed: byStatus('failed'),
      cancelled: byStatus('cancelled'),
      failureReasons,
    },
    feedback: {
      answered,
      introsAnswered: n(answeredIntros.rows[0]?.count),
      answers,
      genuineRate:
        outcomeRate('genuine', {
          sent: byStatus('sent'),
          answered: n(answeredIntros.rows[0]?.count),
          met: 0,
          genuine: n(feedback.rows.find((r) => r.kind === 'initial' && r.answer === 'genuine')?.intros),
          checkedIn: 0,
          inTouch: 0,
        }).rate ?? null,
    },
    checkins: {
      answered: answer('checkin', 'in_touch') + answer('checkin', 'not_in_touch'),
      inTouch: answer('checkin', 'in_touch'),
      notInTouch: answer('checkin', 'not_in_touch'),
    },
    delivery,
  };
}
