-- Remote interviews (远程面试): a seeker books a hall booth and a slot for a video interview with an employer.
CREATE TABLE interviews (
  id TEXT PRIMARY KEY,
  -- Printed and read out at the front desk: MS20261126-0002.
  ref_no TEXT NOT NULL UNIQUE,
  seeker_id TEXT NOT NULL REFERENCES seekers(id),
  vacancy_id INTEGER NOT NULL REFERENCES vacancies(id),
  employer_id TEXT REFERENCES employers(id),
  -- The employer's one video line: its account id, or "name:<employer name>" for a vacancy without an account.
  employer_key TEXT NOT NULL,
  -- A booth id from content/jobs/interview-booths.json.
  booth_id TEXT NOT NULL,
  day TEXT NOT NULL,
  slot_start TEXT NOT NULL,
  slot_end TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('booked', 'done', 'no-show', 'cancelled')),
  kiosk_id TEXT,
  print_job_id TEXT,
  note TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- No double booking, whichever check a race slips past: a booth, a seeker and an employer each hold one slot once.
CREATE UNIQUE INDEX interviews_booth_slot ON interviews(booth_id, slot_start) WHERE status = 'booked';
CREATE UNIQUE INDEX interviews_seeker_slot ON interviews(seeker_id, slot_start) WHERE status = 'booked';
CREATE UNIQUE INDEX interviews_employer_slot ON interviews(employer_key, slot_start) WHERE status = 'booked';
CREATE UNIQUE INDEX interviews_seeker_vacancy ON interviews(seeker_id, vacancy_id) WHERE status = 'booked';
CREATE INDEX interviews_day ON interviews(day, slot_start);
CREATE INDEX interviews_employer ON interviews(employer_id, slot_start);
