import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { migrate, openDatabase, readMigrations } from '../../infra/db.ts';
import { StaffStore } from './store.ts';

test('a hall upgraded from the two old roles keeps its people: admin stays admin, staff gets the three working roles', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-roles-'));
  const db = openDatabase(path.join(dir, 'hall.sqlite'));
  const all = readMigrations();
  migrate(db, all.filter((m) => m.version < 40));
  const add = db.prepare(`INSERT INTO staff (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, 'x', '2026-01-01T00:00:00Z')`);
  add.run('boss', '老板', 'admin');
  add.run('clerk', '王芳', 'staff');
  migrate(db, all);
  const store = new StaffStore(db);
  const roles = Object.fromEntries(store.accounts().map((a) => [a.username, a.roles]));
  assert.equal(roles, { boss: ['admin'], clerk: ['counsellor', 'counter-staff', 'placement-officer'] });
  assert.not.ok((db.prepare('PRAGMA table_info(staff)').all() as Array<{ name: string }>).some((c) => c.name === 'role'), 'the old column is gone');
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test.run();
