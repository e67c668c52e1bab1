-- Rounds that run themselves: what the follow-up tick needs besides the first schema.

-- The last ghost pause of a member: a streak of unanswered intros only counts intros
-- after it, so someone who resumes is not paused again for the same silence.
CREATE TABLE ghost_pauses (
  member_id bigint PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
  last_intro_id bigint NOT NULL,
  paused_at timestamptz NOT NULL
);

-- Nudges, check-ins and ghost detection look for intros sent in a window of time.
CREATE INDEX intros_sent_at ON intros (sent_at) WHERE status = 'sent';
-- Calling an intro off, and cascades from intros, find its outbox rows.
CREATE INDEX outbox_intro ON outbox (intro_id) WHERE intro_id IS NOT NULL;
