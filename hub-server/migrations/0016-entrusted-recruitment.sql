-- Entrusted recruitment (委托招聘): an employer hands a published vacancy's screening to the centre, staff build
-- a shortlist of consenting seekers and record each one's result.
CREATE TABLE entrust_requests (
  id TEXT PRIMARY KEY,
  -- Printed and spoken: WT20261126-0003.
  ref_no TEXT NOT NULL UNIQUE,
  vacancy_id INTEGER NOT NULL REFERENCES vacancies(id),
  employer_id TEXT REFERENCES employers(id),
  candidates_wanted INTEGER NOT NULL CHECK (candidates_wanted BETWEEN 1 AND 20),
  due_by TEXT NOT NULL,
  note TEXT,
  status TEXT NOT NULL CHECK (status IN ('requested', 'screening', 'shortlisted', 'closed', 'cancelled')),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT
);
-- One open request per vacancy: a second one would split the screening between two shortlists.
CREATE UNIQUE INDEX entrust_open_vacancy ON entrust_requests(vacancy_id) WHERE status IN ('requested', 'screening', 'shortlisted');
CREATE INDEX entrust_status ON entrust_requests(status, due_by);
CREATE INDEX entrust_employer ON entrust_requests(employer_id, created_at);

CREATE TABLE entrust_shortlist (
  request_id TEXT NOT NULL REFERENCES entrust_requests(id),
  seeker_id TEXT NOT NULL REFERENCES seekers(id),
  score REAL,
  referral_id TEXT REFERENCES referrals(id),
  result TEXT NOT NULL CHECK (result IN ('proposed', 'interviewed', 'hired', 'rejected', 'withdrawn')),
  note TEXT,
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (request_id, seeker_id)
);

CREATE TABLE entrust_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id TEXT NOT NULL REFERENCES entrust_requests(id),
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  -- The seeker a shortlist action was about; null for the request's own steps.
  seeker_id TEXT,
  by TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT
);
CREATE INDEX entrust_events_request ON entrust_events(request_id, id);
CREATE TRIGGER entrust_events_no_update BEFORE UPDATE ON entrust_events
  BEGIN SELECT RAISE(ABORT, 'entrust_events is append-only'); END;
CREATE TRIGGER entrust_events_no_delete BEFORE DELETE ON entrust_events
  BEGIN SELECT RAISE(ABORT, 'entrust_events is append-only'); END;
