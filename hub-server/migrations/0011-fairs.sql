-- Recruitment events: on-site recruitment days in the hall (现场招聘) and themed fairs (专场招聘).
CREATE TABLE fairs (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  theme TEXT NOT NULL CHECK (theme IN ('onsite', 'industry', 'graduates', 'migrant', 'disability', 'veterans', 'general')),
  day TEXT NOT NULL,
  starts TEXT NOT NULL,
  ends TEXT NOT NULL,
  venue TEXT NOT NULL,
  booths INTEGER NOT NULL CHECK (booths BETWEEN 1 AND 500),
  description TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX fairs_day ON fairs(day);

CREATE TABLE booth_bookings (
  id TEXT PRIMARY KEY,
  fair_id TEXT NOT NULL REFERENCES fairs(id),
  booth_no INTEGER NOT NULL,
  employer_id TEXT NOT NULL REFERENCES employers(id),
  status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  cancelled_at TEXT
);
-- A booth holds one employer and an employer holds one booth per fair; the indexes make a race lose cleanly.
CREATE UNIQUE INDEX booth_taken ON booth_bookings(fair_id, booth_no) WHERE status = 'booked';
CREATE UNIQUE INDEX booth_one_per_employer ON booth_bookings(fair_id, employer_id) WHERE status = 'booked';
