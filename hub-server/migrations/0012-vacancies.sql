-- Vacancies (招聘登记). Lists are JSON arrays; the masks copy shifts and labels for filtering in SQL.
CREATE TABLE vacancies (
  id INTEGER PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn', 'expired')),
  source TEXT NOT NULL,
  employer_id TEXT REFERENCES employers(id),
  employer_name TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  occupation_code TEXT,
  district TEXT NOT NULL,
  address TEXT,
  work_location TEXT,
  pay_min INTEGER NOT NULL,
  pay_max INTEGER NOT NULL,
  pay_period TEXT NOT NULL,
  piece_rate INTEGER NOT NULL,
  shifts TEXT NOT NULL,
  shift_mask INTEGER NOT NULL,
  hours_per_week INTEGER,
  employment_type TEXT NOT NULL,
  headcount INTEGER NOT NULL,
  skills TEXT NOT NULL,
  preferred_skills TEXT NOT NULL,
  certificates TEXT NOT NULL,
  education TEXT NOT NULL,
  experience_years INTEGER NOT NULL,
  meals INTEGER NOT NULL,
  lodging INTEGER NOT NULL,
  benefits TEXT NOT NULL,
  labels TEXT NOT NULL,
  label_mask INTEGER NOT NULL,
  programme TEXT NOT NULL,
  contact_name TEXT,
  contact_phone TEXT NOT NULL,
  closes_on TEXT,
  fair_id TEXT REFERENCES fairs(id),
  -- The checker's findings at the last submission or edit.
  findings TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- When it was published: the "posted" date seekers filter on.
  approved_at TEXT,
  reviewed_by TEXT,
  review_note TEXT,
  reject_reason TEXT,
  CHECK (pay_max >= pay_min)
);
CREATE INDEX vacancies_status ON vacancies(status, approved_at);
CREATE INDEX vacancies_employer ON vacancies(employer_id, status);
CREATE INDEX vacancies_fair ON vacancies(fair_id) WHERE fair_id IS NOT NULL;

-- Append-only: every review decision and state change, with who and why (the audit log of §4.3).
CREATE TABLE vacancy_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  vacancy_id INTEGER NOT NULL REFERENCES vacancies(id),
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  by TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT
);
CREATE INDEX vacancy_events_vacancy ON vacancy_events(vacancy_id, id);
CREATE TRIGGER vacancy_events_no_update BEFORE UPDATE ON vacancy_events
  BEGIN SELECT RAISE(ABORT, 'vacancy_events is append-only'); END;
CREATE TRIGGER vacancy_events_no_delete BEFORE DELETE ON vacancy_events
  BEGIN SELECT RAISE(ABORT, 'vacancy_events is append-only'); END;

-- The search index holds approved vacancies only, as app-side CJK bigrams (see features/jobs/bigram.ts).
-- Contentless: the text lives in vacancies; rowid = vacancies.id.
CREATE VIRTUAL TABLE vacancy_fts USING fts5(
  title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
-- Ranking: BM25 with a word in the title worth four in the body.
INSERT INTO vacancy_fts (vacancy_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

-- Bulk imports by staff: progress and the per-row error report.
CREATE TABLE vacancy_imports (
  id TEXT PRIMARY KEY,
  by TEXT NOT NULL,
  started_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('running', 'done')),
  rows INTEGER NOT NULL,
  processed INTEGER NOT NULL DEFAULT 0,
  created INTEGER NOT NULL DEFAULT 0,
  published INTEGER NOT NULL DEFAULT 0,
  errors TEXT NOT NULL DEFAULT '[]'
);
