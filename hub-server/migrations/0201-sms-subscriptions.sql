-- SMS subscriptions (2.3.2): job alerts and notices. The number lives in this row and nowhere else, and only
-- while the subscription does: opting out (kiosk, phone or a 退订 reply) deletes the row, and a request whose
-- code was never confirmed is deleted when the code expires. The code itself is kept only as a hash.
CREATE TABLE sms_subscriptions (
  id TEXT PRIMARY KEY,
  phone TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'active')),
  -- JSON: { jobs: { occupations: [...], districts: [...] } | null, notices: boolean }
  topics TEXT NOT NULL,
  code_hash TEXT,
  code_expires_at TEXT,
  code_attempts INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  -- What is waiting for the next message (quiet hours, the gap between alerts): vacancy ids, notice ids.
  pending_vacancies TEXT NOT NULL DEFAULT '[]',
  pending_notices TEXT NOT NULL DEFAULT '[]',
  last_alert_at TEXT
);
CREATE UNIQUE INDEX sms_subscriptions_one_active ON sms_subscriptions(phone) WHERE status = 'active';
CREATE INDEX sms_subscriptions_phone ON sms_subscriptions(phone);

-- What went out, by kind and time only (no number): the admin overview counts these.
CREATE TABLE subscription_sends (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('code', 'alert', 'notice', 'stop')),
  at TEXT NOT NULL
);
CREATE INDEX subscription_sends_at ON subscription_sends(at);
