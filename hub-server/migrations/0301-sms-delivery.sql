-- SMS delivery results (issue 11): the agent reports delivered or undelivered from the gateway's delivery
-- reports, beside sent and failed. SQLite cannot change a CHECK, so the table is rebuilt with its rows.
CREATE TABLE sms_messages_delivery (
  id TEXT PRIMARY KEY,
  ticket_id TEXT,
  to_masked TEXT NOT NULL,
  text TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed', 'delivered', 'undelivered')),
  error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO sms_messages_delivery (id, ticket_id, to_masked, text, state, error, created_at, updated_at)
  SELECT id, ticket_id, to_masked, text, state, error, created_at, updated_at FROM sms_messages;
DROP TABLE sms_messages;
ALTER TABLE sms_messages_delivery RENAME TO sms_messages;
