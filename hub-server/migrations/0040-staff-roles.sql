-- A staff member holds any number of roles (contract/permissions.ts); each role is a set of permissions.
-- The two old roles map onto the new ones: admin stays admin, and "staff" (who could do every staff task but
-- manage the hall) gets the three roles that cover those tasks.
CREATE TABLE staff_roles (
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  role TEXT NOT NULL,
  PRIMARY KEY (staff_id, role)
) WITHOUT ROWID;

INSERT INTO staff_roles (staff_id, role) SELECT id, 'admin' FROM staff WHERE role = 'admin';
INSERT INTO staff_roles (staff_id, role)
  SELECT s.id, r.role FROM staff s, (SELECT 'counter-staff' AS role UNION ALL SELECT 'placement-officer' UNION ALL SELECT 'counsellor') r
  WHERE s.role = 'staff';

ALTER TABLE staff DROP COLUMN role;
