-- Case records kept across visits (content/flows, kind case): one per person and case type. A person is
-- known by a keyed hash of the ID number and shown by masks; the kiosk finds a record by a keyed hash of the
-- ID number with the mobile's last four digits, so no mobile is stored. Counsellors' notes are sealed.
CREATE TABLE case_records (
  id TEXT PRIMARY KEY,
  case_type TEXT NOT NULL,
  flow_id TEXT NOT NULL,
  seeker_id TEXT,
  id_hash TEXT NOT NULL,
  id_masked TEXT NOT NULL,
  name_masked TEXT NOT NULL,
  check_hash TEXT,
  stage TEXT NOT NULL,
  owner TEXT,
  next_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX case_records_person ON case_records (case_type, id_hash);
CREATE INDEX case_records_seeker ON case_records (seeker_id) WHERE seeker_id IS NOT NULL;
CREATE INDEX case_records_check ON case_records (check_hash) WHERE check_hash IS NOT NULL;
CREATE INDEX case_records_flow ON case_records (flow_id, updated_at);

-- Append-only: every opening, stage move and follow-up, with who and when.
CREATE TABLE case_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id TEXT NOT NULL REFERENCES case_records (id),
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('opened', 'stage', 'follow-up')),
  from_stage TEXT,
  to_stage TEXT,
  note_sealed TEXT,
  next_at TEXT,
  ref TEXT,
  by TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events (case_id, id);
