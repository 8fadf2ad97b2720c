-- Sessions booked through booking flows (content/flows, kind booking): counsellors, workshops, advisers,
-- school visits. Only masks of the name and mobile are kept in the clear; the mobile itself is sealed and
-- cleared once the booking ends, its keyed hash stays to stop one person holding one slot twice.
CREATE TABLE session_bookings (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  flow_id TEXT NOT NULL,
  flow_version INTEGER NOT NULL,
  session_id TEXT NOT NULL,
  -- '' when the flow names no hosts, so the slot key has no NULL in it.
  host_id TEXT NOT NULL DEFAULT '',
  service_day TEXT NOT NULL,
  slot_start TEXT NOT NULL,
  slot_end TEXT NOT NULL,
  places INTEGER NOT NULL CHECK (places >= 1),
  -- The slot's capacity when booked: what the trigger below holds the slot to.
  capacity INTEGER NOT NULL CHECK (capacity >= 1),
  topic TEXT,
  party_size INTEGER,
  organisation TEXT,
  name_masked TEXT NOT NULL,
  phone_masked TEXT NOT NULL,
  phone_sealed TEXT,
  phone_hash TEXT NOT NULL,
  seeker_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('booked', 'attended', 'no-show', 'cancelled')),
  kiosk_id TEXT,
  print_job_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX session_bookings_open_code ON session_bookings (code) WHERE status = 'booked';
CREATE INDEX session_bookings_slot ON session_bookings (flow_id, slot_start, host_id);
CREATE INDEX session_bookings_day ON session_bookings (service_day, flow_id);
CREATE INDEX session_bookings_phone ON session_bookings (phone_hash, status);
CREATE INDEX session_bookings_seeker ON session_bookings (seeker_id, slot_start) WHERE seeker_id IS NOT NULL;
-- One person, one place in a slot.
CREATE UNIQUE INDEX session_bookings_once ON session_bookings (flow_id, slot_start, host_id, phone_hash) WHERE status = 'booked';

-- The last word on capacity, whoever writes: a slot never holds more than it had places when booked.
CREATE TRIGGER session_bookings_capacity BEFORE INSERT ON session_bookings
WHEN (SELECT COALESCE(SUM(places), 0) FROM session_bookings
      WHERE flow_id = NEW.flow_id AND slot_start = NEW.slot_start AND host_id = NEW.host_id AND status != 'cancelled') + NEW.places > NEW.capacity
BEGIN
  SELECT RAISE(ABORT, 'SLOT_FULL');
END;
