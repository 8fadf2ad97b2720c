-- The print outbox: a job is written in the same transaction as its ticket, then published; a job that
-- has not printed is sent again when its printer comes back (the agent drops duplicates by id).
CREATE TABLE print_jobs (
  id TEXT PRIMARY KEY,
  correlation_id TEXT NOT NULL,
  printer_id TEXT NOT NULL,
  ticket_id TEXT REFERENCES tickets(id),
  document TEXT NOT NULL,
  state TEXT NOT NULL,
  faults TEXT NOT NULL DEFAULT '[]',
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX print_jobs_open ON print_jobs(printer_id, state, created_at);
CREATE INDEX print_jobs_ticket ON print_jobs(ticket_id);
