import { z } from 'zod';
import type { Db } from '../../store/db.ts';
import { parseRows } from '../../store/rows.ts';

/**
 * Where a delivery opened its thread, kept across processes. Creating a Discord thread has
 * no idempotency key: an attempt that dies (or fails) after creating it and before posting
 * would leave an empty thread behind, and its retry would open another.
 */
export interface IntroThreads {
  /** The thread an earlier attempt of this delivery (its nonce) opened in `channelId`, if any. */
  find(nonce: string, channelId: string): Promise<string | undefined>;
  /** Records the thread before anything is posted in it. */
  remember(nonce: string, channelId: string, threadId: string): Promise<void>;
  /** The delivery is finished (posted, or given up): its thread is not needed again. */
  forget(nonce: string): Promise<void>;
}

const threadRow = z.object({ thread_id: z.string() });

/** Threads left by deliveries the outbox gave up on are forgotten after this long. */
export const INTRO_THREAD_TTL_MS = 14 * 24 * 60 * 60_000;

/** The store of `intro_threads`, its one writer. */
export function introThreads(db: Db): IntroThreads {
  return {
    async find(nonce, channelId) {
      const { rows } = await db.query(
        'SELECT thread_id FROM intro_threads WHERE nonce = $1 AND channel_id = $2',
        [nonce, channelId],
      );
      return parseRows(threadRow, rows, 'introThreads.find')[0]?.thread_id;
    },
    async remember(nonce, channelId, threadId) {
      await db.query(
        `INSERT INTO intro_threads (nonce, channel_id, thread_id) VALUES ($1, $2, $3)
         ON CONFLICT (nonce) DO UPDATE SET channel_id = EXCLUDED.channel_id, thread_id = EXCLUDED.thread_id,
           created_at = now()`,
        [nonce, channelId, threadId],
      );
    },
    async forget(nonce) {
      await db.query('DELETE FROM intro_threads WHERE nonce = $1', [nonce]);
    },
  };
}

/** Forgets threads of deliveries that never finished and are past any retry. */
export async function pruneIntroThreads(db: Db, now: Date, ttlMs = INTRO_THREAD_TTL_MS): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM intro_threads WHERE created_at < $1', [
    new Date(now.getTime() - ttlMs),
  ]);
  return rowCount;
}
