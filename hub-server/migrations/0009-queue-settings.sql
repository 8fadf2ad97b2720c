-- Staff changes to a queue line's opening hours, daily quota and times, over what content/hall.json says.
-- A column left NULL keeps the content's value.
CREATE TABLE queue_settings (
  queue_id TEXT PRIMARY KEY,
  hours TEXT,
  daily_quota INTEGER,
  no_quota INTEGER NOT NULL DEFAULT 0,
  typical_service_minutes REAL,
  service_level_minutes REAL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
