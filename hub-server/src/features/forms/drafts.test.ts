import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub } from '../../testing/test-hub.ts';

const HOUR = 60 * 60 * 1000;
const half = { name: '王芳', idNumber: '11010519491231002X', phone: '13900001234', workedBefore: true };
const save = (hub: Awaited<ReturnType<typeof startTestHub>>, body: object = {}) =>
  hub.app.inject({ method: 'POST', url: '/api/forms/unemployment-registration/drafts', payload: { serviceId: '7.1.2', version: 1, answers: half, page: 'before', ...body } });
const resume = (hub: Awaited<ReturnType<typeof startTestHub>>, code: string) =>
  hub.app.inject({ method: 'POST', url: '/api/forms/drafts/resume', payload: { code } });

test('save and continue later: a one-time code gives the answers back once, sealed meanwhile', async () => {
  let clock = new Date('2026-11-26T02:00:00Z');
  const hub = await startTestHub({ now: () => clock });
  try {
    const saved = await save(hub);
    assert.is(saved.statusCode, 201, saved.body);
    const { code, expiresAt } = saved.json();
    assert.match(code, /^\d{8}$/);
    assert.is(expiresAt, '2026-11-29T02:00:00.000Z');
    hub.app.hub.db.pragma('wal_checkpoint(TRUNCATE)');
    const disk = fs.readFileSync(path.join(hub.dataDir, 'jobhall.sqlite')).toString('latin1');
    assert.not.ok(disk.includes('11010519491231002X') || disk.includes(code), 'the answers and the code are not on disk in clear');

    clock = new Date(clock.getTime() + 71 * HOUR);
    const back = await resume(hub, code);
    assert.is(back.statusCode, 200, back.body);
    assert.equal(back.json(), { flowId: 'unemployment-registration', serviceId: '7.1.2', version: 1, page: 'before', answers: half });
    const again = await resume(hub, code);
    assert.is(again.statusCode, 404, 'a code is good once');
    assert.is(again.json().issues[0].path, 'body.code');
    assert.ok(again.json().text.zh);
  } finally {
    await hub.close();
  }
});

test('a code expires after 72 hours, and says so', async () => {
  let clock = new Date('2026-11-26T02:00:00Z');
  const hub = await startTestHub({ now: () => clock });
  try {
    const { code } = (await save(hub)).json();
    clock = new Date(clock.getTime() + 72 * HOUR);
    const late = await resume(hub, code);
    assert.is(late.statusCode, 410);
    assert.equal(late.json().text, { zh: '这个暂存码已过期，请重新填写', en: 'This code has expired; please fill in the form again' });
    assert.is((await resume(hub, code)).statusCode, 404, 'and is gone');
  } finally {
    await hub.close();
  }
});

test('a draft names a page of the form, a function that offers it and a version it had', async () => {
  const hub = await startTestHub();
  try {
    assert.is((await save(hub, { page: 'nowhere' })).json().issues[0].path, 'body.page');
    assert.is((await save(hub, { serviceId: '7.1.1' })).json().issues[0].path, 'body.serviceId');
    assert.is((await save(hub, { version: 7 })).json().issues[0].path, 'body.version');
    assert.is((await resume(hub, '12')).statusCode, 400);
    assert.is(hub.app.hub.db.prepare('SELECT COUNT(*) AS n FROM form_drafts').pluck().get(), 0);
  } finally {
    await hub.close();
  }
});

test.run();
