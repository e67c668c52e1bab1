/**
 * One row per intro of community $1 with what its members answered. An intro's outcome is
 * the best first answer anyone in it gave (genuine, then transactional, then no-show);
 * "met" means someone answered genuine or transactional; "in touch" means someone said so
 * at the check-in a month later. Shared by every panel that counts outcomes.
 */
export const INTRO_OUTCOMES_SQL = `
  SELECT i.id AS intro_id, i.round_id, i.status, i.shared, i.created_at,
    coalesce(bool_or(f.kind = 'initial'), false) AS answered,
    coalesce(bool_or(f.kind = 'initial' AND f.answer IN ('genuine', 'transactional')), false) AS met,
    coalesce(bool_or(f.kind = 'initial' AND f.answer = 'genuine'), false) AS genuine,
    coalesce(bool_or(f.kind = 'initial' AND f.answer = 'transactional'), false) AS transactional,
    coalesce(bool_or(f.kind = 'initial' AND f.answer = 'no_show'), false) AS no_show,
    coalesce(bool_or(f.kind = 'checkin'), false) AS checked_in,
    coalesce(bool_or(f.kind = 'checkin' AND f.answer = 'in_touch'), false) AS in_touch
  FROM intros i LEFT JOIN feedback f ON f.intro_id = i.id
  WHERE i.community_id = $1
  GROUP BY i.id`;

/** The outcome of an intro as one word, from a row of INTRO_OUTCOMES_SQL aliased `o`. */
export const OUTCOME_WORD_SQL = `CASE WHEN o.genuine THEN 'genuine' WHEN o.transactional THEN 'transactional'
  WHEN o.no_show THEN 'no_show' ELSE 'none' END`;

export const OUTCOMES = ['genuine', 'transactional', 'no_show', 'none'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  genuine: 'Genuine connection',
  transactional: 'Met, transactional',
  no_show: 'Did not meet',
  none: 'No answer yet',
};
