-- Kindred, first schema. Invariants live here as constraints, so no code path can break them.

CREATE TABLE communities (
  id bigserial PRIMARY KEY,
  platform text NOT NULL CHECK (platform IN ('slack', 'discord', 'offline')),
  external_id text NOT NULL,                  -- Slack team id, Discord guild id
  name text,
  schedule_cron text NOT NULL DEFAULT '0 10 * * 1',
  timezone text NOT NULL DEFAULT 'UTC',
  intros_channel text,                        -- Discord: private threads go here; null = DMs
  cooldown_rounds integer NOT NULL DEFAULT 6 CHECK (cooldown_rounds BETWEEN 0 AND 100),
  nudge_after_days integer NOT NULL DEFAULT 3 CHECK (nudge_after_days BETWEEN 1 AND 60),
  checkin_after_days integer NOT NULL DEFAULT 30 CHECK (checkin_after_days BETWEEN 1 AND 365),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'stopped')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (platform, external_id)
);

CREATE TABLE members (
  id bigserial PRIMARY KEY,
  community_id bigint NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  platform_user_id text NOT NULL,
  display_name text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'left')),
  paused_until timestamptz,                    -- null while paused = until resumed
  pause_reason text CHECK (pause_reason IN ('self', 'ghost')),
  cadence text NOT NULL DEFAULT 'weekly' CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
  consent_at timestamptz NOT NULL,
  joined_at timestamptz NOT NULL DEFAULT now(),
  left_at timestamptz,
  priority integer NOT NULL DEFAULT 0 CHECK (priority >= 0),   -- sat out: goes first next round
  UNIQUE (community_id, platform_user_id),
  CHECK ((status = 'paused') = (pause_reason IS NOT NULL)),
  CHECK ((status = 'left') = (left_at IS NOT NULL))
);
CREATE INDEX members_community_status ON members (community_id, status);

CREATE TABLE profiles (
  member_id bigint PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
  hobbies text[] NOT NULL DEFAULT '{}' CHECK (cardinality(hobbies) <= 12),
  volunteer text[] NOT NULL DEFAULT '{}' CHECK (cardinality(volunteer) <= 12),
  industry text CHECK (char_length(industry) <= 60),
  timezone text CHECK (char_length(timezone) <= 64),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A block names the blocked person only by a hash of their platform id, so the block
-- survives (and still holds) if either person asks to be forgotten.
CREATE TABLE blocks (
  member_id bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  blocked_hash text NOT NULL CHECK (char_length(blocked_hash) = 64),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (member_id, blocked_hash)
);

-- "Never again": someone in this pair said it felt wrong.
CREATE TABLE pair_exclusions (
  member_a bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  member_b bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (member_a, member_b),
  CHECK (member_a < member_b)
);

CREATE TABLE rounds (
  id bigserial PRIMARY KEY,
  community_id bigint NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  period text NOT NULL,                        -- the scheduled start, local time of the community
  status text NOT NULL DEFAULT 'claimed' CHECK (status IN ('claimed', 'planned', 'done', 'failed')),
  created_at timestamptz NOT NULL DEFAULT now(),
  planned_at timestamptz,
  stats jsonb NOT NULL DEFAULT '{}'::jsonb,    -- counts only; never names a member
  UNIQUE (community_id, period)
);

CREATE TABLE intros (
  id bigserial PRIMARY KEY,
  round_id bigint NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  community_id bigint NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  size smallint NOT NULL CHECK (size BETWEEN 2 AND 3),
  score double precision NOT NULL,
  shared jsonb NOT NULL,                       -- {"hobbies":[...],"volunteer":[...]}
  why text NOT NULL,
  icebreaker text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
  failure_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX intros_round ON intros (round_id);
CREATE INDEX intros_community_created ON intros (community_id, created_at);

CREATE TABLE intro_members (
  intro_id bigint NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
  member_id bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  PRIMARY KEY (intro_id, member_id)
);
CREATE INDEX intro_members_member ON intro_members (member_id);

-- Where an intro was posted: one row for a group DM or thread, one per member for DMs.
CREATE TABLE intro_messages (
  intro_id bigint NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
  member_id bigint REFERENCES members (id) ON DELETE CASCADE,
  channel_id text NOT NULL,
  message_id text NOT NULL,
  PRIMARY KEY (channel_id, message_id)
);
CREATE INDEX intro_messages_intro ON intro_messages (intro_id);

CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  community_id bigint NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
  intro_id bigint REFERENCES intros (id) ON DELETE CASCADE,
  member_id bigint REFERENCES members (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('intro', 'nudge', 'checkin', 'notice')),
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  dedupe_key text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  available_at timestamptz NOT NULL DEFAULT now(),
  lease_owner text,
  lease_until timestamptz,
  fence bigint NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  CHECK (kind <> 'intro' OR intro_id IS NOT NULL),
  CHECK (kind = 'intro' OR member_id IS NOT NULL),
  CHECK ((status = 'sending') = (lease_owner IS NOT NULL AND lease_until IS NOT NULL))
);
CREATE INDEX outbox_due ON outbox (available_at) WHERE status IN ('pending', 'sending');

CREATE TABLE feedback (
  id bigserial PRIMARY KEY,
  intro_id bigint NOT NULL REFERENCES intros (id) ON DELETE CASCADE,
  member_id bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('initial', 'checkin')),
  answer text NOT NULL,
  source text NOT NULL CHECK (source IN ('reaction', 'button', 'command', 'import')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (intro_id, member_id, kind),
  CHECK (
    (kind = 'initial' AND answer IN ('genuine', 'transactional', 'no_show'))
    OR (kind = 'checkin' AND answer IN ('in_touch', 'not_in_touch'))
  )
);

-- Platform retries (Slack's x-slack-retry-num) are absorbed here: first insert wins.
CREATE TABLE processed_events (
  platform text NOT NULL,
  event_id text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (platform, event_id)
);

-- Proof that a member was forgotten, naming them only by a one-way hash.
CREATE TABLE deletion_ledger (
  id bigserial PRIMARY KEY,
  subject_hash text NOT NULL CHECK (char_length(subject_hash) = 64),
  community_id bigint REFERENCES communities (id) ON DELETE SET NULL,
  reason text NOT NULL CHECK (reason IN ('forget', 'uninstall')),
  deleted_at timestamptz NOT NULL DEFAULT now()
);
