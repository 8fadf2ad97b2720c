-- One row per queue line and service day; the UPSERT on it is the only place a ticket number comes from.
CREATE TABLE ticket_sequences (
  queue_id TEXT NOT NULL,
  service_day TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (queue_id, service_day)
) WITHOUT ROWID;

CREATE TABLE tickets (
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
  UNIQUE (queue_id, service_day, seq)
);
CREATE INDEX tickets_waiting ON tickets(status, queue_id, created_at);

-- Append-only: every state change of a ticket. KPIs and replays read this, so it is never edited.
CREATE TABLE ticket_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id TEXT NOT NULL REFERENCES tickets(id),
  type TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  counter_id TEXT,
  staff TEXT,
  at TEXT NOT NULL,
  data TEXT
);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, id);
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
  BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
  BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;

-- Calls in hall order; seq is what screens use to ignore a redelivered call.
CREATE TABLE calls (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  ticket_id TEXT NOT NULL REFERENCES tickets(id),
  counter_id TEXT NOT NULL,
  at TEXT NOT NULL,
  payload TEXT NOT NULL
);
