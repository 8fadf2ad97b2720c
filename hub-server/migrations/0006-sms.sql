-- A visitor's mobile number, kept only while their ticket is open: wiped (the row deleted) when the ticket
-- ends or its service day is over. Nothing else in the database holds the full number.
CREATE TABLE ticket_contacts (
  ticket_id TEXT PRIMARY KEY REFERENCES tickets(id),
  phone TEXT NOT NULL,
  created_at TEXT NOT NULL,
  notified_at TEXT
);

-- Messages sent through the SMS agent, with the number masked.
CREATE TABLE sms_messages (
  id TEXT PRIMARY KEY,
  ticket_id TEXT,
  to_masked TEXT NOT NULL,
  text TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
  error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
