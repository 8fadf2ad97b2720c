-- Every staff action (each state-changing staff request, whatever its answer), every login and failed login,
-- and every scheduled purge: who, what, on what, when, from where, with what result. Append-only: the
-- triggers refuse any UPDATE or DELETE, so no code path of the hub (or a mistaken query) can rewrite history.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  -- a staff user name; for a failed login the name that was tried; 'system' for the hub's own jobs
  actor TEXT NOT NULL,
  -- 'POST /api/vacancies/:id/approve', 'login', 'login.failed', 'login.locked', 'purge'
  action TEXT NOT NULL,
  -- the route's parameters as JSON ({"id":"42"}), or what a job touched
  target TEXT,
  -- the HTTP status answered (0 for the hub's own jobs)
  status INTEGER NOT NULL,
  ip TEXT,
  -- which fields were sent (names only: values may be personal or secret), or a job's summary
  detail TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_actor ON audit_log(actor, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
