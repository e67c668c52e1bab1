import type { Db, Queryable } from '../../src/store/db.ts';
import { markEventProcessed } from '../../src/rounds/record-feedback.ts';

/** A transaction seen as a Db: use-cases that open a transaction of their own join this one. */
function joined(db: Db, tx: Queryable): Db {
  return {
    driver: db.driver,
    query: (sql, params) => tx.query(sql, params),
    exec: (sql) => tx.exec(sql),
    transaction: (fn) => fn(tx),
    close: async () => {},
  };
}

/**
 * Runs an event's effect at most once per Slack `event_id`. Slack redelivers an event it
 * did not see acked (`x-slack-retry-num`), and the first attempt may have failed halfway:
 * the id is marked in the same transaction as the effect, so a failed attempt leaves no
 * mark and its retry is processed. Returns undefined for a duplicate.
 */
export async function processEventOnce<T>(
  db: Db,
  eventId: string,
  effect: (db: Db) => Promise<T>,
): Promise<{ value: T } | undefined> {
  return db.transaction(async (tx) => {
    if (!(await markEventProcessed(tx, 'slack', eventId))) return undefined;
    return { value: await effect(joined(db, tx)) };
  });
}
