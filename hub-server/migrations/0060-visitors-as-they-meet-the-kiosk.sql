-- A kiosk visitor's token also dies when it has not been used for a few minutes: the kiosk signs its visitor
-- out on idle reset, and this is the hub's own guard for a sign-out that never arrived.
ALTER TABLE visitor_sessions ADD COLUMN last_used_at TEXT;
UPDATE visitor_sessions SET last_used_at = created_at;

-- 求职登记 asks where the seeker will work (several districts, or anywhere: '[]'), apart from where they live
-- (district, which distances are measured from); and every registration gets a printed reference the window
-- finds it by (QZ20261126-0007).
ALTER TABLE seekers ADD COLUMN work_districts TEXT NOT NULL DEFAULT '[]';
ALTER TABLE seekers ADD COLUMN ref_no TEXT;
CREATE UNIQUE INDEX seekers_ref_no ON seekers(ref_no) WHERE ref_no IS NOT NULL;
