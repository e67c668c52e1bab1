-- Privacy at rest and delivery that neither loses nor doubles a message.

-- Dashboard sessions are signed cookies; signing out puts the session's id here until it
-- would have expired anyway, so a copied cookie stops working at logout.
CREATE TABLE revoked_sessions (
  session_id text PRIMARY KEY CHECK (char_length(session_id) <= 64),
  expires_at timestamptz NOT NULL
);

-- Wrong dashboard tokens, per client address ('*' counts every address together), so
-- guessing slows down across every process that serves the dashboard.
CREATE TABLE login_failures (
  client text PRIMARY KEY CHECK (char_length(client) <= 64),
  failures integer NOT NULL CHECK (failures > 0),
  last_failed_at timestamptz NOT NULL,
  locked_until timestamptz NOT NULL
);

-- Keys Kindred generates for itself when none is configured; never printed or exported.
CREATE TABLE secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The hashes written before keyed hashing were plain SHA-256. Rows say which kind they
-- hold, so lookups can still match old blocks until they are re-keyed.
ALTER TABLE blocks ADD COLUMN keyed boolean NOT NULL DEFAULT false;
ALTER TABLE deletion_ledger ADD COLUMN keyed boolean NOT NULL DEFAULT false;
ALTER TABLE blocks ALTER COLUMN keyed SET DEFAULT true;
ALTER TABLE deletion_ledger ALTER COLUMN keyed SET DEFAULT true;

-- Pruning event ids past the platforms' retry window.
CREATE INDEX processed_events_received ON processed_events (received_at);
