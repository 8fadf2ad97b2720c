-- Lobby signage (issue 9): zones, groups and screens; content items with drafts and approval; revisions and
-- the manifests cut from them; the desired-revision commands; alerts and their acknowledgements; proof of play;
-- media; and the signage audit log, append-only.

CREATE TABLE signage_zones (
  id TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  layout_id TEXT,
  sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE signage_groups (
  id TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL
);

CREATE TABLE signage_screens (
  id TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('lcd', 'led')),
  zone_id TEXT NOT NULL REFERENCES signage_zones(id),
  group_ids TEXT NOT NULL DEFAULT '[]',
  layout_id TEXT,
  device_id TEXT,
  -- SHA-256 of the screen's key (LCD); the key itself is shown once, and kept by the broker as its password.
  key_hash TEXT,
  created_at TEXT NOT NULL
);

-- One row per content item. `published` is what screens play; `draft` is an editor's pending version.
CREATE TABLE signage_items (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'rejected', 'published')),
  published TEXT,
  draft TEXT,
  removal INTEGER NOT NULL DEFAULT 0,
  edited_by TEXT,
  edited_at TEXT,
  submitted_by TEXT,
  note TEXT,
  decided_by TEXT,
  decided_at TEXT,
  comment TEXT,
  PRIMARY KEY (kind, id)
);

CREATE TABLE signage_revisions (
  revision INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  reason TEXT NOT NULL
);

-- Manifests by the SHA-256 of their bytes: immutable, so a screen may cache them for ever. Screens whose cut
-- of a revision is the same share one manifest.
CREATE TABLE signage_manifests (
  sha256 TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Which manifest each audience ("screen:<id>", "zone:<id>") was given in a revision; content_key is the SHA-256
-- of the content without its revision number: an audience whose content did not change gets no new manifest.
CREATE TABLE signage_audience_manifests (
  audience TEXT NOT NULL,
  revision INTEGER NOT NULL,
  sha256 TEXT NOT NULL REFERENCES signage_manifests(sha256),
  content_key TEXT NOT NULL,
  PRIMARY KEY (audience, revision)
);

-- The desired-revision commands (infra/commands.ts, third kind): one screen, one revision, a correlation id.
CREATE TABLE signage_revision_commands (
  correlation_id TEXT PRIMARY KEY,
  screen_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  manifest_sha256 TEXT NOT NULL,
  manifest_bytes INTEGER NOT NULL,
  state TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  reason TEXT
);
CREATE INDEX signage_revision_commands_screen ON signage_revision_commands(screen_id, issued_at);
CREATE INDEX signage_revision_commands_open ON signage_revision_commands(state, issued_at);

CREATE TABLE signage_media (
  sha256 TEXT PRIMARY KEY,
  mime TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  name TEXT NOT NULL,
  data BLOB NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
);

CREATE TABLE signage_alerts (
  id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  msg_type TEXT NOT NULL,
  severity TEXT NOT NULL,
  urgency TEXT NOT NULL,
  headline_zh TEXT NOT NULL,
  headline_en TEXT NOT NULL,
  instruction_zh TEXT NOT NULL,
  instruction_en TEXT NOT NULL,
  pictogram TEXT NOT NULL,
  zones TEXT NOT NULL,
  references_id TEXT,
  sent_at TEXT NOT NULL,
  sent_by TEXT NOT NULL,
  expires TEXT NOT NULL,
  state TEXT NOT NULL,
  ended_at TEXT,
  ended_by TEXT
);
CREATE INDEX signage_alerts_state ON signage_alerts(state, expires);

-- Which screens and LED boards an alert went to, and when each acknowledged it.
-- One row per screen or board an alert went to; the correlation id is that of the latest command for it.
CREATE TABLE signage_alert_acks (
  alert_id TEXT NOT NULL REFERENCES signage_alerts(id),
  screen_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  correlation_id TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  issued_at TEXT NOT NULL,
  shown_at TEXT,
  cleared_at TEXT,
  PRIMARY KEY (alert_id, screen_id)
);

-- Proof of play: the id is made on the screen, so a record sent twice is stored once.
CREATE TABLE signage_plays (
  id TEXT PRIMARY KEY,
  screen_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  region TEXT NOT NULL,
  playlist_id TEXT NOT NULL,
  slide_id TEXT NOT NULL,
  started_at TEXT NOT NULL,
  ended_at TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE INDEX signage_plays_started ON signage_plays(started_at);

-- Every playlist slide ever published, so a play uploaded long after its revision is still recognised.
CREATE TABLE signage_slides_seen (
  playlist_id TEXT NOT NULL,
  slide_id TEXT NOT NULL,
  first_revision INTEGER NOT NULL,
  PRIMARY KEY (playlist_id, slide_id)
);

CREATE TABLE signage_audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE TRIGGER signage_audit_no_update BEFORE UPDATE ON signage_audit BEGIN SELECT RAISE(ABORT, 'the signage audit log is append-only'); END;
CREATE TRIGGER signage_audit_no_delete BEFORE DELETE ON signage_audit BEGIN SELECT RAISE(ABORT, 'the signage audit log is append-only'); END;
