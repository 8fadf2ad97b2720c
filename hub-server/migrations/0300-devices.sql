-- Devices in the field (issue 11): the devices staff enrol from admin, their one-time enrolment codes, the log
-- of every command sent to a device and its result, and what happened to each device (offline, back, crashed,
-- enrolled, approved, revoked). Devices listed in content/hall.json get a row only when staff enrol them anew.

CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  zone TEXT NOT NULL,
  -- DeviceConfig as JSON: the page a kiosk shell shows, where a printer agent prints.
  config TEXT NOT NULL DEFAULT '{}',
  state TEXT NOT NULL CHECK (state IN ('awaiting-enrolment', 'pending', 'active', 'revoked')),
  -- SHA-256 of the broker secret handed out at enrolment; the secret itself is shown to the device once.
  secret_sha256 TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  enrolled_at TEXT,
  decided_by TEXT,
  decided_at TEXT
);

-- One-time codes: kept as SHA-256, used once, refused after expires_at.
CREATE TABLE device_enrolment_codes (
  code_sha256 TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices(id),
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX device_enrolment_codes_device ON device_enrolment_codes(device_id);

-- Every command sent to a device, of every kind (print jobs, LED lines, shell commands…), and its result.
-- Shell commands are stored here by their own kind (the device-command mechanism's store); the others are
-- journalled from the `device.command` domain event.
CREATE TABLE device_commands (
  correlation_id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  summary TEXT NOT NULL,
  -- The shell kind's payload (action, path), for sending it again after a restart.
  payload TEXT,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  result TEXT,
  issued_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX device_commands_recent ON device_commands(issued_at);
CREATE INDEX device_commands_device ON device_commands(device_id, issued_at);

CREATE TABLE device_events (
  id INTEGER PRIMARY KEY,
  device_id TEXT NOT NULL,
  type TEXT NOT NULL,
  detail TEXT,
  at TEXT NOT NULL
);
CREATE INDEX device_events_recent ON device_events(at);
