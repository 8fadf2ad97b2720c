-- Seekers signed up for a fair (专场招聘报名).
CREATE TABLE fair_signups (
  fair_id TEXT NOT NULL REFERENCES fairs(id),
  seeker_id TEXT NOT NULL REFERENCES seekers(id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (fair_id, seeker_id)
) WITHOUT ROWID;

-- Wage-arrears and other labour-rights complaints (农民工维权, 举报投诉). The complainant's name and phone are
-- sealed (see features/seekers/identity-vault.ts); anonymous complaints have neither.
CREATE TABLE complaints (
  id TEXT PRIMARY KEY,
  ref_no TEXT NOT NULL UNIQUE,
  -- sha256 of the check code printed on the receipt: with the reference it opens the status, alone it opens nothing.
  check_hash TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('wage-arrears', 'no-contract', 'social-insurance', 'injury', 'dismissal', 'other')),
  employer_name TEXT NOT NULL,
  employer_address TEXT,
  district TEXT,
  workers INTEGER,
  amount_owed INTEGER,
  owed_since TEXT,
  description TEXT NOT NULL,
  name_sealed TEXT,
  phone_sealed TEXT,
  phone_masked TEXT,
  status TEXT NOT NULL CHECK (status IN ('received', 'in-progress', 'referred', 'resolved', 'closed')),
  handler TEXT,
  kiosk_id TEXT,
  print_job_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX complaints_status ON complaints(status, created_at);

CREATE TABLE complaint_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  complaint_id TEXT NOT NULL REFERENCES complaints(id),
  from_status TEXT,
  to_status TEXT NOT NULL,
  by TEXT NOT NULL,
  at TEXT NOT NULL,
  -- What the complainant is told on the status page.
  public_note TEXT
);
CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
  BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
  BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
