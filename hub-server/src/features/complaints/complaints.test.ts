import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let staff: Record<string, string>;
const base = { kind: 'wage-arrears', employerName: '某某建筑劳务有限公司', district: 'pudong', workers: 12, amountOwed: 86000, owedSince: '2026-08', description: '工地完工后拖欠三个月工资，老板不接电话。' };

test.before(async () => {
  hub = await startTestHub();
  staff = await hub.login();
});
test.after(async () => hub.close());

test('a complaint prints a receipt with reference and check code; the status page needs both and shows no personal data', async () => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/complaints', payload: { ...base, name: '刘强', phone: '13900005555', kioskId: 'kiosk-1' } });
  assert.is(res.statusCode, 201, res.body);
  const r = res.json();
  assert.match(r.refNo, /^WQ\d{8}-0001$/);
  assert.match(r.checkCode, /^\d{6}$/);
  assert.ok(r.print);
  const doc = (hub.app.hub.db.prepare('SELECT document FROM print_jobs WHERE id = ?').get(r.print.jobId) as { document: string }).document;
  assert.ok(doc.includes(r.refNo) && doc.includes(r.checkCode) && doc.includes('12333'));
  assert.not.ok(doc.includes('13900005555') || doc.includes('刘强'));

  const wrong = await hub.app.inject({ method: 'POST', url: '/api/complaints/status', payload: { refNo: r.refNo, checkCode: r.checkCode === '000000' ? '111111' : '000000' } });
  assert.is(wrong.statusCode, 404);
  const list = (await hub.app.inject({ method: 'GET', url: '/api/complaints', headers: staff })).json();
  assert.is(list[0].phoneMasked, '139****5555');
  assert.not.ok(JSON.stringify(list).includes('刘强'));
  await hub.app.inject({ method: 'POST', url: `/api/complaints/${list[0].id}/status`, headers: staff, payload: { status: 'in-progress', publicNote: '已联系用人单位，约定下周协商。' } });
  const status = await hub.app.inject({ method: 'POST', url: '/api/complaints/status', payload: { refNo: r.refNo, checkCode: r.checkCode } });
  assert.is(status.json().status, 'in-progress');
  assert.is(status.json().notes[0].note, '已联系用人单位，约定下周协商。');
  assert.not.ok(status.body.includes('139'));
});

test('anonymous complaints take no name or phone; others need a phone', async () => {
  assert.is((await hub.app.inject({ method: 'POST', url: '/api/complaints', payload: { ...base, anonymous: true } })).statusCode, 201);
  const mixed = await hub.app.inject({ method: 'POST', url: '/api/complaints', payload: { ...base, anonymous: true, phone: '13900005555' } });
  assert.is(mixed.json().issues[0].path, 'body.anonymous');
  const nophone = await hub.app.inject({ method: 'POST', url: '/api/complaints', payload: base });
  assert.is(nophone.json().issues[0].path, 'body.phone');
});

test('a resolved complaint is final', async () => {
  const id = (await hub.app.inject({ method: 'GET', url: '/api/complaints', headers: staff })).json()[0].id;
  const step = (status: string) => hub.app.inject({ method: 'POST', url: `/api/complaints/${id}/status`, headers: staff, payload: { status } });
  assert.is((await step('in-progress')).statusCode, 200);
  assert.is((await step('resolved')).statusCode, 200);
  assert.is((await step('in-progress')).statusCode, 409);
});

test.run();
