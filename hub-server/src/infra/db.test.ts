import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { migrate, openDatabase, readMigrations } from './db.ts';

const temp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-db-')), 'hall.sqlite');

test('migrations run once, in order, and record their checksums', () => {
  const db = openDatabase(temp());
  const all = readMigrations();
  assert.equal(migrate(db), all.map((m) => m.version));
  assert.equal(migrate(db), [], 'a second start runs nothing');
  assert.is(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.is(db.pragma('foreign_keys', { simple: true }), 1);
  db.close();
});

test('an applied migration that was edited, or a database from a newer JobHall, stops start-up', () => {
  const db = openDatabase(temp());
  const all = readMigrations();
  migrate(db, all);
  const edited = all.map((m, i) => (i === 0 ? { ...m, checksum: 'different' } : m));
  assert.throws(() => migrate(db, edited), /was edited after it was applied/);
  assert.throws(() => migrate(db, all.slice(0, -1)), /does not know/);
  db.close();
});

test('the ticket table rebuild keeps every ticket and every reference to it', () => {
  const db = openDatabase(temp());
  const all = readMigrations();
  const before = all.filter((m) => m.version < 30);
  migrate(db, before);
  db.prepare(`INSERT INTO tickets (id, queue_id, service_id, service_day, seq, number, priority, status, status_token, created_at)
              VALUES ('t1', 'placement', '3.1.2', '2026-11-26', 1, 'B001', 'normal', 'waiting', 'tok-1', '2026-11-26T02:00:00Z')`).run();
  db.prepare(`INSERT INTO ticket_events (ticket_id, type, to_status, at) VALUES ('t1', 'issue', 'waiting', '2026-11-26T02:00:00Z')`).run();
  migrate(db, all);
  assert.equal(db.prepare('SELECT id, number, source, call_count FROM tickets').all(), [{ id: 't1', number: 'B001', source: 'kiosk', call_count: 0 }]);
  assert.equal(db.pragma('foreign_key_check'), []);
  assert.is(db.pragma('foreign_keys', { simple: true }), 1, 'foreign keys are back on');
  // Same sequence in another line is fine now; the same number on the same day is not.
  db.prepare(`INSERT INTO tickets (id, queue_id, service_id, service_day, seq, number, priority, status, status_token, created_at)
              VALUES ('t2', 'placement', '1.1.1', '2026-11-26', 1, 'A001', 'normal', 'waiting', 'tok-2', '2026-11-26T02:00:00Z')`).run();
  assert.throws(() => db.prepare(`INSERT INTO tickets (id, queue_id, service_id, service_day, seq, number, priority, status, status_token, created_at)
              VALUES ('t3', 'consult', '1.1.1', '2026-11-26', 1, 'A001', 'normal', 'waiting', 'tok-3', '2026-11-26T02:00:00Z')`).run(), /UNIQUE/);
  assert.throws(() => db.prepare(`INSERT INTO ticket_events (ticket_id, type, to_status, at) VALUES ('nope', 'issue', 'waiting', 'x')`).run(), /FOREIGN KEY/);
  db.close();
});

test.run();
