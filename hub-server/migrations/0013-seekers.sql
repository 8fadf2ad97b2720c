-- Job seekers (求职登记). The profile is what matching reads; identity data lives apart in seeker_identity,
-- sealed, so lists, logs and matching never touch it. Every masked form is stored ready to show.
CREATE TABLE seekers (
  id TEXT PRIMARY KEY,
  -- 张*: the only form of the name the hub ever sends.
  name_masked TEXT NOT NULL,
  -- 1101**********123X
  id_masked TEXT NOT NULL,
  phone_masked TEXT NOT NULL,
  district TEXT NOT NULL,
  wanted TEXT NOT NULL,
  skills TEXT NOT NULL,
  certificates TEXT NOT NULL,
  pay_min INTEGER NOT NULL,
  shifts TEXT NOT NULL,
  avoid_shifts TEXT NOT NULL,
  employment_types TEXT NOT NULL,
  education TEXT NOT NULL,
  experience_years INTEGER NOT NULL,
  max_commute_km INTEGER,
  -- Consent to be shown (masked) to employers; without it the seeker is never a candidate.
  consent_recommend INTEGER NOT NULL,
  consent_at TEXT,
  -- 就业援助对象: matched first to reserved vacancies, followed up by a named counsellor.
  assistance INTEGER NOT NULL DEFAULT 0,
  counsellor TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX seekers_consent ON seekers(consent_recommend);
CREATE INDEX seekers_counsellor ON seekers(counsellor) WHERE counsellor IS NOT NULL;

CREATE TABLE seeker_identity (
  seeker_id TEXT PRIMARY KEY REFERENCES seekers(id),
  -- HMAC-SHA256 of the ID number under the hall's identity key: finds a returning seeker without the number in clear.
  id_hash TEXT NOT NULL UNIQUE,
  -- AES-256-GCM under the same key, as iv.tag.ciphertext (base64url).
  id_sealed TEXT NOT NULL,
  name_sealed TEXT NOT NULL,
  phone_sealed TEXT NOT NULL
);

-- Kiosk sign-ins of seekers and employers: only a hash of the token is stored, and tokens expire quickly
-- because kiosks are shared.
CREATE TABLE visitor_sessions (
  token_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('seeker', 'employer')),
  subject_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX visitor_sessions_expiry ON visitor_sessions(expires_at);
