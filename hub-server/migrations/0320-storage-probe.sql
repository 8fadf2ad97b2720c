-- One row the health check rewrites after a write failed for lack of space or a read-only disk: its success
-- is what turns health green again (infra/storage.ts).
CREATE TABLE storage_probe (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL
);
