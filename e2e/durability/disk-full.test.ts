/**
 * A full disk under the hall's data folder: a write the disk refuses is a clear 507 that names the problem in
 * both languages (never a 500), nothing of it is half-saved, health turns red, and once space returns health
 * goes green by itself and the same visitor can try again. The disk is a real 24 MiB tmpfs filled to the brim.
 */
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { ApiError, Health } from '@jobhall/hub-server/contract';
import { startTestHub } from '@jobhall/hub-server/testing';
import { SmallDisk } from './disk.ts';
import { idNumberFor } from './writers.ts';

test('a full disk refuses writes with 507 and saves nothing half-way; health is red until space returns', async () => {
  const disk = SmallDisk.mount(24);
  const hub = await startTestHub({ dataDir: disk.dir, keepData: true });
  try {
    const { app } = hub;
    const vocab = (await app.inject({ method: 'GET', url: '/api/jobs/vocabulary' })).json() as { districts: Array<{ code: string }>; occupations: Array<{ code: string }> };
    const register = (i: number) => app.inject({
      method: 'POST', url: '/api/seekers',
      payload: {
        idNumber: idNumberFor(9, i), name: '满盘测试', phone: `1360000${String(i).padStart(4, '0')}`,
        district: vocab.districts[0]!.code, wantedOccupations: [vocab.occupations[0]!.code], consentToRecommend: true,
      },
    });
    const health = async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      return { statusCode: res.statusCode, body: Health.parse(res.json()) };
    };
    const before = await health();
    assert.is(before.body.storage, 'ok');

    disk.fill();
    // SQLite may still have room in its write-ahead log: register until the disk refuses one.
    const saved: number[] = [];
    let refused: { i: number; body: ApiError } | null = null;
    for (let i = 0; i < 5000 && !refused; i++) {
      const res = await register(i);
      if (res.statusCode === 201) saved.push(i);
      else {
        assert.is(res.statusCode, 507, res.body);
        refused = { i, body: ApiError.parse(res.json()) };
      }
    }
    assert.ok(refused, 'the full disk refused a registration');
    assert.is(refused.body.code, 'STORAGE_FULL');
    assert.match(refused.body.text!.zh, '存储空间已满');
    assert.match(refused.body.text!.en, 'storage is full');
    const ticket = await app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId: '5.1.7' } });
    assert.is(ticket.statusCode, 507, 'a ticket is refused the same way');

    const red = await health();
    assert.is(red.statusCode, 503);
    assert.is(red.body.status, 'degraded');
    assert.is(red.body.storage, 'full');

    disk.free();
    const green = await health();
    assert.is(green.statusCode, 200, JSON.stringify(green.body));
    assert.is(green.body.storage, 'ok');
    // Nothing of the refused registration was kept: the same ID number registers now instead of meeting itself.
    const again = await register(refused.i);
    assert.is(again.statusCode, 201, again.body);
    console.log(`  ${saved.length} registrations saved on a full disk before the first refusal (${(disk.freeBytes / 1048576).toFixed(1)} MiB free after)`);

    const db = new Database(path.join(disk.dir, 'jobhall.sqlite'), { readonly: true });
    const count = (db.prepare('SELECT count(*) AS n FROM seekers').get() as { n: number }).n;
    assert.is(count, saved.length + 1, 'every acknowledged registration and the retried one, nothing else');
    assert.is(db.pragma('integrity_check', { simple: true }), 'ok');
    db.close();
  } finally {
    await hub.close();
    disk.unmount();
  }
});

test.run();
