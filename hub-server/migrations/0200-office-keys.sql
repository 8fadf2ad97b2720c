-- Read-API keys of street and community offices (2.1.4). Only a SHA-256 of each key is kept: the key is shown
-- once when it is made. A revoked key keeps its row, so the list shows who had access and until when.
CREATE TABLE office_keys (
  id TEXT PRIMARY KEY,
  office TEXT NOT NULL,
  prefix TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  per_minute INTEGER NOT NULL CHECK (per_minute > 0),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT,
  last_used_at TEXT
);
