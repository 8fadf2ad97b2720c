-- jobhall: foreign_keys=off
-- A ticket keeps its number when it is transferred to another line, so what must be unique is the number
-- within a day (the prefix names the line that issued it), not the pair (current line, sequence): with the
-- old constraint, moving B001 into the line that already had its own 001 was refused.
CREATE TABLE tickets_rebuilt (
  id TEXT PRIMARY KEY,
  queue_id TEXT NOT NULL,
  service_id TEXT NOT NULL,
  service_day TEXT NOT NULL,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  priority TEXT NOT NULL,
  status TEXT NOT NULL,
  kiosk_id TEXT,
  counter_id TEXT,
  status_token TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  called_at TEXT,
  finished_at TEXT,
  source TEXT NOT NULL DEFAULT 'kiosk',
  target_counter_id TEXT,
  started_at TEXT,
  call_count INTEGER NOT NULL DEFAULT 0,
  outcome TEXT,
  appointment_at TEXT,
  UNIQUE (service_day, number)
);
INSERT INTO tickets_rebuilt (id, queue_id, service_id, service_day, seq, number, priority, status, kiosk_id, counter_id,
  status_token, created_at, called_at, finished_at, source, target_counter_id, started_at, call_count, outcome, appointment_at)
SELECT id, queue_id, service_id, service_day, seq, number, priority, status, kiosk_id, counter_id,
  status_token, created_at, called_at, finished_at, source, target_counter_id, started_at, call_count, outcome, appointment_at
FROM tickets;
DROP TABLE tickets;
ALTER TABLE tickets_rebuilt RENAME TO tickets;
CREATE INDEX tickets_waiting ON tickets(status, queue_id, created_at);
CREATE INDEX tickets_active_counter ON tickets(counter_id, status);
CREATE INDEX tickets_line_day ON tickets(queue_id, service_day, status, seq);
