-- Asking privately how an intro went: one 'ask' DM per member, through the outbox like
-- nudges and check-ins, instead of judgement reactions on the shared group message.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
  CHECK (kind IN ('intro', 'ask', 'nudge', 'checkin', 'notice'));
