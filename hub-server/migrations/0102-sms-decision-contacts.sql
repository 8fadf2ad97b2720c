-- A number an applicant left for one SMS per decision on their case (a form's submission), sealed by the
-- identity vault. Deleted when the case ends (approved or refused).
CREATE TABLE decision_contacts (
  subject TEXT PRIMARY KEY,
  phone_sealed TEXT NOT NULL,
  phone_masked TEXT NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;
