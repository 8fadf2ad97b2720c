-- Referrals (推荐): a seeker sent to a vacancy with a printed slip, followed up to an outcome.
CREATE TABLE referrals (
  id TEXT PRIMARY KEY,
  -- Printed and spoken: TJ20261126-0007.
  ref_no TEXT NOT NULL UNIQUE,
  seeker_id TEXT NOT NULL REFERENCES seekers(id),
  vacancy_id INTEGER NOT NULL REFERENCES vacancies(id),
  employer_id TEXT REFERENCES employers(id),
  status TEXT NOT NULL CHECK (status IN ('referred', 'interviewed', 'hired', 'rejected', 'no-show', 'cancelled')),
  -- The match score when referred: with the outcome, the label data for learning weights later (matching.md §3.6).
  score REAL,
  kiosk_id TEXT,
  print_job_id TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  outcome_at TEXT,
  note TEXT
);
-- One open referral per seeker and vacancy; a closed one may be followed by a new one.
CREATE UNIQUE INDEX referrals_open ON referrals(seeker_id, vacancy_id) WHERE status IN ('referred', 'interviewed');
CREATE INDEX referrals_status ON referrals(status, updated_at);
CREATE INDEX referrals_employer ON referrals(employer_id, status);
CREATE INDEX referrals_seeker ON referrals(seeker_id, created_at);

CREATE TABLE referral_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  referral_id TEXT NOT NULL REFERENCES referrals(id),
  from_status TEXT,
  to_status TEXT NOT NULL,
  by TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT
);
CREATE INDEX referral_events_referral ON referral_events(referral_id, id);
CREATE TRIGGER referral_events_no_update BEFORE UPDATE ON referral_events
  BEGIN SELECT RAISE(ABORT, 'referral_events is append-only'); END;
CREATE TRIGGER referral_events_no_delete BEFORE DELETE ON referral_events
  BEGIN SELECT RAISE(ABORT, 'referral_events is append-only'); END;

-- Reference numbers per kind and day (referrals TJ…, complaints WQ…): the UPSERT is the only source.
CREATE TABLE daily_sequences (
  kind TEXT NOT NULL,
  day TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (kind, day)
) WITHOUT ROWID;
