-- City figures of the calculators (content/flows/<calculator>.json) as staff set them: each row is a value of one
-- parameter from one day on. A row's value is never changed: a correction is a new row. Proposed by an editor,
-- approved or rejected once by an approver; only approved rows count, a later approval for the same day winning.
CREATE TABLE calc_figures (
  id INTEGER PRIMARY KEY,
  flow_id TEXT NOT NULL,
  parameter_id TEXT NOT NULL,
  from_day TEXT NOT NULL,
  -- JSON: a number, a bracket table [{from, to, value}], or null when the measure ends that day.
  value TEXT NOT NULL,
  note TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('proposed', 'approved', 'rejected')),
  proposed_by TEXT NOT NULL,
  proposed_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  reason TEXT
);
CREATE INDEX calc_figures_by_flow ON calc_figures (flow_id, state);
