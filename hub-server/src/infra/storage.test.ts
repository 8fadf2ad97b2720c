import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { dataDirProblem, storageFault } from './storage.ts';

test('SQLite and file-system errors map to the fault health reports; other errors are not about storage', () => {
  const sqlite = (code: string) => Object.assign(new Error(code), { code });
  assert.is(storageFault(sqlite('SQLITE_FULL')), 'full');
  assert.is(storageFault(sqlite('ENOSPC')), 'full');
  assert.is(storageFault(sqlite('SQLITE_READONLY_DBMOVED')), 'read-only');
  assert.is(storageFault(sqlite('EROFS')), 'read-only');
  assert.is(storageFault(sqlite('SQLITE_IOERR_WRITE')), 'io');
  assert.is(storageFault(sqlite('SQLITE_CONSTRAINT_UNIQUE')), null);
  assert.is(storageFault(new Error('bug')), null);
  assert.is(storageFault(null), null);
});

test('a real SQLite file that may grow no further fails with SQLITE_FULL, which maps to full', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-storage-'));
  const db = new Database(path.join(dir, 'x.sqlite'));
  try {
    db.exec('CREATE TABLE t (v TEXT)');
    db.pragma('max_page_count = 3');
    let caught: unknown = null;
    try {
      db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000));
    } catch (err) {
      caught = err;
    }
    assert.is(storageFault(caught), 'full');
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a writable folder with room is no problem; a file where the folder should be is named', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-storage-'));
  try {
    assert.is(dataDirProblem(path.join(dir, 'data')), null);
    fs.writeFileSync(path.join(dir, 'file'), '');
    assert.match(dataDirProblem(path.join(dir, 'file', 'data')) ?? '', `the data folder ${path.join(dir, 'file', 'data')} cannot be written (ENOTDIR)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
