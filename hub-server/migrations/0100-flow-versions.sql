-- Every flow definition (content/flows/<id>.json) the hub has loaded, by id and version: a submission names
-- (flow_id, version) and this row keeps the exact text its applicant answered, after the file has moved on.
CREATE TABLE flow_versions (
  flow_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  -- sha256 of the definition with its keys sorted: a changed file that kept its version is refused at start-up.
  hash TEXT NOT NULL,
  definition TEXT NOT NULL,
  first_loaded_at TEXT NOT NULL,
  PRIMARY KEY (flow_id, version)
) WITHOUT ROWID;
