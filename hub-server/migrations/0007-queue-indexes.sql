-- "People ahead" counts the waiting tickets of one line and day below a number, on every ticket shown.
CREATE INDEX tickets_line_day ON tickets(queue_id, service_day, status, seq);

-- A job's publishes are counted in memory now: recording each one cost a second disk sync per ticket.
ALTER TABLE print_jobs DROP COLUMN attempts;
