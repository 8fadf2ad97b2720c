-- Employers with an account (用人单位会员), dispatch agencies and overseas-employment agencies.
CREATE TABLE employers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- 统一社会信用代码 (GB 32100), checksum-verified on entry.
  credit_code TEXT UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('company', 'dispatch', 'overseas', 'agency')),
  -- 劳务派遣经营许可证 / 对外劳务合作经营资格 / 人力资源服务许可证: shown with its status on the kiosk.
  licence_no TEXT,
  licence_expires TEXT,
  -- Pledged to the re-employment assistance alliance (再就业援助联盟).
  alliance INTEGER NOT NULL DEFAULT 0,
  district TEXT,
  address TEXT,
  contact_name TEXT,
  contact_phone TEXT,
  -- scrypt of the kiosk sign-in code; the code itself is shown once, when staff create or reset it.
  sign_in_hash TEXT,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX employers_kind ON employers(kind);
