-- The start-up project bank (5.1.4 collects, 5.1.5 shows): the demo projects of content/catalogues, and the
-- projects staff take in from approved kiosk submissions. Only office lines, never a founder's mobile.
CREATE TABLE startup_projects (
  id TEXT PRIMARY KEY,
  title_zh TEXT NOT NULL,
  title_en TEXT NOT NULL,
  summary_zh TEXT NOT NULL,
  summary_en TEXT NOT NULL,
  sector TEXT NOT NULL,
  district TEXT NOT NULL,
  investment_yuan INTEGER NOT NULL,
  jobs INTEGER NOT NULL,
  support_zh TEXT NOT NULL,
  support_en TEXT NOT NULL,
  office_phone TEXT NOT NULL,
  shown INTEGER NOT NULL DEFAULT 1,
  submission_ref TEXT UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX startup_projects_shown ON startup_projects (shown, updated_at);
