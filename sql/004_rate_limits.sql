-- Pacing shared by every process: one row per limited key (a workspace's or guild's
-- method, or one channel), holding the theoretical arrival time of the generic cell rate
-- algorithm. A reservation is one atomic statement, so three processes never triple a rate.
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  tat timestamptz NOT NULL
);
CREATE INDEX rate_limits_tat ON rate_limits (tat);
