/**
 * `npm run backup -- <file>` while the hub takes tickets: the backup is one consistent point in time (every
 * ticket in it is whole, the count lies between the counts before and after), passes integrity_check, and
 * `--restore` brings the hall back to exactly that point after a restart.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub } from '@jobhall/hub-server/testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(args: string[], dataDir: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/backup.ts'), ...args], {
      cwd: root, env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (out += String(d)));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const count = (db: Database.Database, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

test('an online backup taken while tickets are issued is consistent, and restoring it brings that point back', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-backup-'));
  const target = path.join(dataDir, 'copies', 'hall.sqlite');
  let hub = await startTestHub({ dataDir, keepData: true });
  try {
    const take = () => hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '3.1.2' } });
    for (let i = 0; i < 20; i++) assert.is((await take()).statusCode, 201);
    const live = hub.app.hub.db;
    const before = count(live, 'tickets');
    // Tickets keep coming while the other process copies the file.
    let writing = true;
    const writer = (async () => {
      while (writing) assert.is((await take()).statusCode, 201);
    })();
    const backup = await run([target], dataDir);
    writing = false;
    await writer;
    const after = count(live, 'tickets');
    assert.is(backup.code, 0, backup.out);
    assert.match(backup.out, 'integrity ok');

    const copy = new Database(target, { readonly: true });
    const inCopy = count(copy, 'tickets');
    assert.is(copy.pragma('integrity_check', { simple: true }), 'ok');
    assert.ok(inCopy >= before && inCopy <= after, `the copy holds ${inCopy} tickets, between ${before} and ${after}`);
    // Each ticket was written with its first event and print job in one transaction: the copy has them all.
    assert.is(count(copy, 'ticket_events') >= inCopy, true);
    const orphan = copy.prepare('SELECT COUNT(*) AS n FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id)').get() as { n: number };
    assert.is(orphan.n, 0, 'no ticket without its first event');
    const ids = (copy.prepare('SELECT id FROM tickets').all() as Array<{ id: string }>).map((r) => r.id);
    copy.close();

    await hub.close();
    const restored = await run(['--restore', target], dataDir);
    assert.is(restored.code, 0, restored.out);
    hub = await startTestHub({ dataDir, keepData: true });
    assert.is(count(hub.app.hub.db, 'tickets'), inCopy, 'the restored hall has the backup\'s tickets and no more');
    const one = await hub.app.inject({ method: 'GET', url: `/api/tickets/${ids[0]}` });
    assert.is(one.statusCode, 200, one.body);
    assert.ok(fs.existsSync(path.join(dataDir, 'jobhall.sqlite.before-restore')), 'the replaced database is kept');
  } finally {
    await hub.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a backup names what is wrong: no database, no file argument', async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'jobhall-backup-empty-'));
  try {
    const none = await run([path.join(empty, 'x.sqlite')], empty);
    assert.is(none.code, 1);
    assert.match(none.out, 'no database at');
    const usage = await run([], empty);
    assert.is(usage.code, 2);
    assert.match(usage.out, 'usage: npm run backup');
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
});

test.run();
