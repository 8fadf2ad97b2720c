-- Forms answered at the kiosk (预申请, 报名, 备案): each with the exact definition version it answered
-- (flow_versions), its answers as JSON in which every personal answer is sealed by the identity vault, and a
-- printed reference whose check code is kept only as a keyed hash.
CREATE TABLE form_submissions (
  id TEXT PRIMARY KEY,
  ref_no TEXT NOT NULL UNIQUE,
  check_hash TEXT NOT NULL,
  flow_id TEXT NOT NULL,
  flow_version INTEGER NOT NULL,
  service_id TEXT NOT NULL,
  answers TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'in-review', 'more-documents', 'approved', 'refused')),
  assignee TEXT,
  -- The job seeker signed in at the kiosk when it was submitted, for "my applications".
  seeker_id TEXT,
  kiosk_id TEXT,
  print_job_id TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (flow_id, flow_version) REFERENCES flow_versions (flow_id, version)
);
CREATE INDEX form_submissions_queue ON form_submissions (status, created_at);
CREATE INDEX form_submissions_flow ON form_submissions (flow_id, status);
CREATE INDEX form_submissions_seeker ON form_submissions (seeker_id) WHERE seeker_id IS NOT NULL;

-- Every step of a submission, append-only: submitted, assigned, commented, documents asked for, decided.
CREATE TABLE form_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  submission_id TEXT NOT NULL REFERENCES form_submissions (id),
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  by TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT,
  -- 1 when the applicant reads the note (what to bring, why refused); comments stay with staff.
  public INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX form_events_submission ON form_events (submission_id, id);
CREATE TRIGGER form_events_no_update BEFORE UPDATE ON form_events
  BEGIN SELECT RAISE(ABORT, 'form_events is append-only'); END;
CREATE TRIGGER form_events_no_delete BEFORE DELETE ON form_events
  BEGIN SELECT RAISE(ABORT, 'form_events is append-only'); END;

-- 暂存: a half-filled form, sealed whole, under a one-time code kept as a keyed hash. Deleted when used or
-- when it expires.
CREATE TABLE form_drafts (
  code_hash TEXT PRIMARY KEY,
  flow_id TEXT NOT NULL,
  flow_version INTEGER NOT NULL,
  service_id TEXT NOT NULL,
  sealed TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX form_drafts_expiry ON form_drafts (expires_at);
