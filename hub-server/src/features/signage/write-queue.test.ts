import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { openDatabase, type Db } from '../../infra/db.ts';
import { WriteQueue } from './write-queue.ts';

function fresh(): { db: Db; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-wq-'));
  const file = path.join(dir, 'hub.sqlite');
  const db = openDatabase(file);
  db.exec('CREATE TABLE t (n INTEGER)');
  return { db, file };
}

/** Longer than the queue's window. */
const later = () => new Promise((r) => setTimeout(r, 50));
const count = (db: Db) => (db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;

test('a burst of writes is one commit a moment later, on disk for another reader', async () => {
  const { db, file } = fresh();
  const q = new WriteQueue(db);
  for (let i = 0; i < 200; i++) q.add(() => db.prepare('INSERT INTO t VALUES (?)').run(i));
  assert.is(count(db), 0, 'nothing yet: waiting for the rest of the burst');
  await later();
  assert.is(count(db), 200);
  // Another connection sees all 200 rows: they were committed, not held in memory.
  const other = openDatabase(file);
  assert.is((other.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n, 200);
  other.close();
  db.close();
});

test('a write made inside a transaction is part of it: rolled back with it, never committed later', async () => {
  const { db } = fresh();
  const q = new WriteQueue(db);
  assert.throws(() => db.transaction(() => {
    q.add(() => db.prepare('INSERT INTO t VALUES (1)').run());
    throw new Error('the caller fails');
  })());
  await later();
  assert.is(count(db), 0);
  db.transaction(() => q.add(() => db.prepare('INSERT INTO t VALUES (2)').run()))();
  assert.is(count(db), 1, 'committed with the caller, not later');
  db.close();
});

test('a reader that flushes first sees what was queued', () => {
  const { db } = fresh();
  const q = new WriteQueue(db);
  q.add(() => db.prepare('INSERT INTO t VALUES (3)').run());
  q.flush();
  assert.is(count(db), 1);
  q.flush();
  assert.is(count(db), 1, 'a second flush writes nothing twice');
  db.close();
});

test('a commit the disk refuses is kept and tried again; a write failing on its own is dropped alone', async () => {
  const { db } = fresh();
  const warned: string[] = [];
  const q = new WriteQueue(db, { warn: (_o: unknown, msg: string) => warned.push(msg), error: (_o: unknown, msg: string) => warned.push(msg) } as never);
  // The disk says full for the first commit only, as SQLite does (the error carries its code).
  let refuse = true;
  q.add(() => {
    if (refuse) {
      refuse = false;
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    }
    db.prepare('INSERT INTO t VALUES (1)').run();
  });
  q.add(() => db.prepare('INSERT INTO t VALUES (2)').run());
  q.flush();
  assert.is(count(db), 0, 'nothing committed, nothing thrown');
  assert.is(warned.length, 1);
  q.flush();
  assert.is(count(db), 2, 'both written on the next try');
  // A write that fails for a reason of its own does not take its batch with it.
  q.add(() => db.prepare('INSERT INTO t VALUES (3)').run());
  q.add(() => db.prepare('INSERT INTO nowhere VALUES (4)').run());
  q.add(() => db.prepare('INSERT INTO t VALUES (5)').run());
  q.flush();
  assert.is(count(db), 4);
  assert.match(warned.at(-1)!, 'dropped');
  q.close();
});

test.run();
