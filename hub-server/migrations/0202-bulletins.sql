-- The employment bulletin (2.3.1): each issue keeps the figures it was generated with, so a printed issue and
-- the page stay the same however the data moves on. Aggregates only.
CREATE TABLE bulletins (
  id TEXT PRIMARY KEY,
  issue_no INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  figures TEXT NOT NULL,
  generated_at TEXT NOT NULL,
  generated_by TEXT NOT NULL
);
