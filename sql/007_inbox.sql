-- Platform events that change state, stored before they are acknowledged and processed
-- from here with retries (Slack Socket Mode acks before the listener runs, so a failed
-- event would otherwise never come back).
CREATE TABLE event_inbox (
  platform text NOT NULL,
  event_id text NOT NULL,
  body jsonb NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- 'done' once processed, 'gave_up' after the last allowed attempt failed; NULL while due.
  outcome text CHECK (outcome IN ('done', 'gave_up')),
  finished_at timestamptz,
  PRIMARY KEY (platform, event_id)
);
CREATE INDEX event_inbox_due ON event_inbox (next_attempt_at) WHERE outcome IS NULL;
CREATE INDEX event_inbox_finished ON event_inbox (finished_at) WHERE outcome IS NOT NULL;


-- The private thread a Discord intro is being posted in, recorded before anything is posted
-- there (keyed by the outbox row's nonce), so a retry after a crash posts into the same
-- thread instead of opening a second, empty one. Deleted once the intro is posted.
CREATE TABLE intro_threads (
  nonce text PRIMARY KEY,
  channel_id text NOT NULL,
  thread_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
