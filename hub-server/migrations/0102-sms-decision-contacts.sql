-- A number an applicant left for one SMS per decision on their case (a form's submission), sealed by the
-- identity vault, with a keyed hash to find it when the phone replies 退订/TD/STOP. Deleted when the case ends
-- (approved or refused) or on that reply.
CREATE TABLE decision_contacts (
  subject TEXT PRIMARY KEY,
  phone_sealed TEXT NOT NULL,
  phone_hash TEXT NOT NULL,
  phone_masked TEXT NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX decision_contacts_phone ON decision_contacts (phone_hash);
