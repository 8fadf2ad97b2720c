import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SessionBooking } from '../../contract/index.ts';
import { migrate, openDatabase } from '../../infra/db.ts';
import { startTestHub } from '../../testing/test-hub.ts';

const race = path.join(import.meta.dirname, 'reserve-race.ts');

function racer(file: string, who: string, count: number, capacity: number, startAt: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', race, file, who, String(count), String(capacity), String(startAt)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`${who} exited ${code}`))));
  });
}

test('four processes racing for a hundred places on one database file: exactly a hundred are booked, the rest told the slot is full', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-race-'));
  const file = path.join(dir, 'race.sqlite');
  try {
    const db = openDatabase(file);
    migrate(db);
    db.close();
    const startAt = Date.now() + 1500;
    const all = (await Promise.all(['a', 'b', 'c', 'd'].map((w) => racer(file, w, 40, 100, startAt)))).flat();
    assert.is(all.filter((r) => r === 'booked').length, 100, all.join(','));
    // With a deferred transaction a racer that read the count before another's commit fails its write with
    // SQLITE_BUSY (tried: 60 of 160 did); IMMEDIATE takes the write lock first and waits its turn.
    assert.equal([...new Set(all.filter((r) => r !== 'booked'))], ['SLOT_FULL'], 'no SQLITE_BUSY');
    const check = openDatabase(file);
    assert.is((check.prepare(`SELECT SUM(places) AS n FROM session_bookings WHERE slot_start = '2026-11-27T01:30:00.000Z'`).get() as { n: number }).n, 100);
    check.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('thirty visitors tapping the last places of a workshop at once over HTTP: twelve places, twelve bookings', async () => {
  const hub = await startTestHub({ listen: true, now: () => new Date('2026-11-23T00:00:00Z') });
  try {
    const body = (n: number) => JSON.stringify({
      flowId: 'workshops', session: 'club', slotStart: '2026-11-27T01:30:00.000Z', name: '李华', phone: `1370000${String(n).padStart(4, '0')}`,
    });
    const answers = await Promise.all(Array.from({ length: 30 }, (_, n) =>
      fetch(`${hub.baseUrl}/api/bookings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(n) })
        .then(async (r) => ({ status: r.status, json: await r.json() as { code?: string } }))));
    const booked = answers.filter((a) => a.status === 201);
    assert.is(booked.length, 12);
    assert.ok(answers.filter((a) => a.status !== 201).every((a) => a.status === 409 && a.json.code === 'SLOT_FULL'));
    assert.is(new Set(booked.map((a) => SessionBooking.parse(a.json).code)).size, 12, 'every booking its own code');
  } finally {
    await hub.close();
  }
});

test('the table refuses an over-full slot by itself, whoever writes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-race-'));
  try {
    const db = openDatabase(path.join(dir, 'x.sqlite'));
    migrate(db);
    const insert = (id: string, places: number) => db.prepare(
      `INSERT INTO session_bookings (id, code, flow_id, flow_version, session_id, service_day, slot_start, slot_end, places, capacity, name_masked,
        phone_masked, phone_hash, status, created_at, updated_at, updated_by)
       VALUES (?, ?, 'f', 1, 's', '2026-11-27', 'T1', 'T2', ?, 3, '王*', '1', ?, 'booked', 'now', 'now', 'test')`,
    ).run(id, id, places, id);
    insert('11111111', 2);
    assert.throws(() => insert('22222222', 2), /SLOT_FULL/);
    insert('33333333', 1);
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
