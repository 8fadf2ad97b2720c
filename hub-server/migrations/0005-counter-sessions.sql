-- A staff member signed in at a counter, and the queue lines they serve from it. At most one open session
-- per counter; calling from a counter needs one.
CREATE TABLE counter_sessions (
  id INTEGER PRIMARY KEY,
  counter_id TEXT NOT NULL,
  staff TEXT NOT NULL,
  queue_ids TEXT NOT NULL,
  signed_in_at TEXT NOT NULL,
  signed_out_at TEXT
);
CREATE UNIQUE INDEX counter_sessions_open_counter ON counter_sessions(counter_id) WHERE signed_out_at IS NULL;
CREATE UNIQUE INDEX counter_sessions_open_staff ON counter_sessions(staff) WHERE signed_out_at IS NULL;

-- Where a ticket came from (kiosk, staff desk, phone appointment), a counter it was sent to by a transfer,
-- the moment the visit started, how often it was called, and how the visit ended.
ALTER TABLE tickets ADD COLUMN source TEXT NOT NULL DEFAULT 'kiosk';
ALTER TABLE tickets ADD COLUMN target_counter_id TEXT;
ALTER TABLE tickets ADD COLUMN started_at TEXT;
ALTER TABLE tickets ADD COLUMN call_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN outcome TEXT;
CREATE INDEX tickets_active_counter ON tickets(counter_id, status);
CREATE INDEX ticket_events_at ON ticket_events(at);
