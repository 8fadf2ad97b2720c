import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { migrate, openDatabase } from '../../infra/db.ts';
import { formatNumber, nextSeq } from './numbering.ts';

test('numbers carry the prefix and at least three digits', () => {
  assert.is(formatNumber('A', 1), 'A001');
  assert.is(formatNumber('B', 12), 'B012');
  assert.is(formatNumber('C', 1234), 'C1234');
});

test('sequences are per queue line and per day, and survive reopening the file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-num-'));
  const file = path.join(dir, 'db.sqlite');
  let db = openDatabase(file);
  migrate(db);
  assert.equal([nextSeq(db, 'a', 'd1'), nextSeq(db, 'a', 'd1'), nextSeq(db, 'b', 'd1'), nextSeq(db, 'a', 'd2')], [1, 2, 1, 1]);
  db.close();
  db = openDatabase(file);
  assert.is(nextSeq(db, 'a', 'd1'), 3);
  // A rolled-back transaction gives its number back.
  assert.throws(() => db.transaction(() => {
    nextSeq(db, 'a', 'd1');
    throw new Error('rollback');
  })());
  assert.is(nextSeq(db, 'a', 'd1'), 4);
  db.close();
  fs.rmSync(dir, { recursive: true });
});

test.run();
