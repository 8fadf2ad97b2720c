-- A booked visit: a slot of a queue line. Check-in at a kiosk turns it into a ticket that is called from the
-- slot's start, ahead of walk-ins.
CREATE TABLE appointments (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  queue_id TEXT NOT NULL,
  service_id TEXT NOT NULL,
  service_day TEXT NOT NULL,
  slot_start TEXT NOT NULL,
  slot_end TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('booked', 'checked-in', 'cancelled')),
  ticket_id TEXT REFERENCES tickets(id),
  created_at TEXT NOT NULL,
  checked_in_at TEXT,
  cancelled_at TEXT
);
-- A code is unique among the bookings still to come, so six digits are plenty for a hall.
CREATE UNIQUE INDEX appointments_open_code ON appointments(code) WHERE status = 'booked';
CREATE INDEX appointments_slot ON appointments(queue_id, slot_start, status);

-- For a ticket from an appointment: the slot start, from which it is called ahead of walk-ins.
ALTER TABLE tickets ADD COLUMN appointment_at TEXT;
