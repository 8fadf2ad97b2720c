import fs from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { QueueSettingsView } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

const clock = new Date('2026-11-26T02:00:00Z'); // 10:00 in the hall
let hub: TestHub;
let admin: Record<string, string>;

test.before(async () => {
  hub = await startTestHub({ now: () => clock, keepData: true });
  admin = await hub.login();
});
test.after(async () => {
  await hub.close();
  fs.rmSync(hub.dataDir, { recursive: true, force: true });
});

const patch = (queueId: string, payload: object, headers = admin) => hub.app.inject({ method: 'PATCH', url: `/api/queues/${queueId}`, headers, payload });
const take = (serviceId: string) => hub.app.inject({ method: 'POST', url: '/api/tickets', payload: { serviceId } });

test('staff see every line with its settings', async () => {
  const list = (await hub.app.inject({ method: 'GET', url: '/api/queues', headers: admin })).json() as QueueSettingsView[];
  assert.is(list.length, 6);
  const b = list.find((q) => q.queueId === 'placement')!;
  assert.equal([b.prefix, b.hours, b.dailyQuota, b.changed], ['B', '00:00-24:00', null, false]);
});

test('new hours apply at once: the line refuses tickets outside them', async () => {
  const res = await patch('placement', { hours: '13:30-17:00' });
  assert.is(res.statusCode, 200, res.body);
  assert.ok(res.json().changed);
  const refused = await take('3.1.2');
  assert.is(refused.json().code, 'QUEUE_CLOSED');
});

test('a daily quota applies at once, and null removes it', async () => {
  await patch('consult', { dailyQuota: 2 });
  assert.equal([(await take('1.1.1')).statusCode, (await take('1.1.1')).statusCode, (await take('1.1.1')).statusCode], [201, 201, 409]);
  await patch('consult', { dailyQuota: null });
  assert.is((await take('1.1.1')).statusCode, 201);
});

test('changes survive a restart; reset goes back to content', async () => {
  await hub.app.close();
  hub = await startTestHub({ now: () => clock, dataDir: hub.dataDir, keepData: true });
  admin = await hub.login();
  assert.is((await take('3.1.2')).json().code, 'QUEUE_CLOSED', 'the 13:30 opening is still in force');
  const reset = await hub.app.inject({ method: 'DELETE', url: '/api/queues/placement/settings', headers: admin });
  assert.is(reset.json().hours, '00:00-24:00');
  assert.is((await take('3.1.2')).statusCode, 201);
});

test('only staff holding queue.configure change settings (counter staff do not); bad values name the field', async () => {
  await hub.app.staff.addStaff('clerk', '王芳', ['counter-staff'], 'clerk-password', clock);
  const clerk = await hub.login('clerk', 'clerk-password');
  const refused = await patch('placement', { hours: '09:00-17:00' }, clerk);
  assert.is(refused.statusCode, 403);
  assert.is(refused.json().details.permission, 'queue.configure');
  const bad = await patch('placement', { hours: '9-5' });
  assert.is(bad.statusCode, 400);
  assert.match(bad.json().message, 'body.hours');
  assert.is((await patch('placement', {})).statusCode, 400);
  assert.is((await patch('nope', { hours: '09:00-17:00' })).statusCode, 404);
});

test.run();
