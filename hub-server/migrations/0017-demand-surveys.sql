-- Labour-demand survey (用工调查): an employer's expected hiring for the next quarter. Only the employer is
-- recorded, never a person: the answers are added up for the centre's demand analysis.
CREATE TABLE demand_surveys (
  id TEXT PRIMARY KEY,
  -- 2027-Q1: the quarter the answers are about.
  quarter TEXT NOT NULL,
  employer_id TEXT REFERENCES employers(id),
  employer_name TEXT NOT NULL,
  district TEXT NOT NULL,
  size TEXT,
  -- JSON array of TrainingNeed.
  training_needs TEXT NOT NULL,
  submitted_at TEXT NOT NULL
);
-- A signed-in employer answers once per quarter: a second answer replaces the first instead of counting twice.
CREATE UNIQUE INDEX demand_surveys_employer_quarter ON demand_surveys(employer_id, quarter) WHERE employer_id IS NOT NULL;
CREATE INDEX demand_surveys_quarter ON demand_surveys(quarter);

CREATE TABLE demand_survey_lines (
  survey_id TEXT NOT NULL REFERENCES demand_surveys(id) ON DELETE CASCADE,
  occupation_code TEXT NOT NULL,
  headcount INTEGER NOT NULL CHECK (headcount BETWEEN 1 AND 9999),
  pay_min INTEGER NOT NULL,
  pay_max INTEGER NOT NULL CHECK (pay_max >= pay_min),
  hard_to_fill INTEGER NOT NULL CHECK (hard_to_fill IN (0, 1)),
  -- JSON array of HardToFillReason.
  reasons TEXT NOT NULL,
  PRIMARY KEY (survey_id, occupation_code)
);
