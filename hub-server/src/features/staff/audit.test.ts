import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditEntry, AuditPage } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';

let hub: TestHub;
let admin: Record<string, string>;
test.before(async () => {
  hub = await startTestHub();
  admin = await hub.login();
});
test.after(async () => {
  await hub.close();
});

const search = async (query: string, headers = admin) => {
  const res = await hub.app.inject({ method: 'GET', url: `/api/audit?${query}`, headers });
  assert.is(res.statusCode, 200, res.body);
  return res.json() as AuditPage;
};

test('logins, failed logins and refused logins are recorded with the name tried and the address', async () => {
  await hub.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username: 'nobody-here', password: 'guess-1' } });
  const failed = (await search('actor=nobody-here')).items;
  assert.is(failed.length, 1);
  assert.equal({ ...failed[0], id: 0, at: '' }, { id: 0, at: '', actor: 'nobody-here', action: 'login.failed', target: null, status: 401, ip: '127.0.0.1', detail: null });
  const ok = (await search(`actor=${hub.config.admin.username}&action=login`)).items;
  assert.ok(ok.some((e) => e.action === 'login' && e.status === 200));
});

test('every state change by staff is recorded — route, parameters, answer, the field names and never their values', async () => {
  await hub.app.staff.addStaff('audited', '被审计', ['counter-staff'], 'audited-pass-1', new Date());
  const clerk = await hub.login('audited', 'audited-pass-1');
  const { id } = (await hub.app.inject({ method: 'POST', url: '/api/staff/users', headers: admin, payload: { username: 'new.one', password: 'secret-value-77', roles: ['auditor'] } })).json();
  await hub.app.inject({ method: 'POST', url: `/api/staff/users/${id}/password`, headers: admin, payload: { password: 'another-secret-88' } });
  await hub.app.inject({ method: 'POST', url: '/api/counters/counter-1/sign-in', headers: clerk });
  await hub.app.inject({ method: 'GET', url: '/api/kpis', headers: clerk });
  // Refused for want of a permission: recorded too, under its author.
  await hub.app.inject({ method: 'PATCH', url: '/api/queues/placement', headers: clerk, payload: { hours: '09:00-17:00' } });

  const mine = (await search('actor=audited')).items.filter((e) => e.action !== 'login');
  assert.equal(mine.map((e) => [e.action, e.target, e.status]), [
    ['PATCH /api/queues/:queueId', '{"queueId":"placement"}', 403],
    ['POST /api/counters/:counterId/sign-in', '{"counterId":"counter-1"}', 200],
  ], 'newest first; the GET is not an action');
  const reset = (await search('action=/password')).items[0]!;
  assert.equal([reset.actor, reset.target, reset.status, reset.detail], [hub.config.admin.username, `{"id":${id}}`, 200, 'fields: password']);
  const everything = JSON.stringify(hub.app.hub.db.prepare('SELECT * FROM audit_log').all());
  assert.not.match(everything, 'secret-value-77');
  assert.not.match(everything, 'another-secret-88');
});

test('search pages back by id; the CSV holds the same lines for Excel', async () => {
  for (let i = 0; i < 3; i++) await hub.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username: `pager-${i}`, password: 'x' } });
  const first = await search('action=login.failed&q=&limit=2');
  assert.is(first.items.length, 2);
  assert.ok(first.more);
  const next = await search(`action=login.failed&limit=2&before=${first.items[1]!.id}`);
  assert.ok(next.items.every((e) => e.id < first.items[1]!.id));
  const csv = await hub.app.inject({ method: 'GET', url: '/api/audit.csv?action=login.failed', headers: admin });
  assert.is(csv.statusCode, 200);
  assert.match(csv.headers['content-type'] as string, 'text/csv');
  assert.ok(csv.body.startsWith('\uFEFF编号 Id,时间 Time,操作人 Actor,操作 Action'));
  const lines = csv.body.trim().split('\r\n');
  assert.ok(lines.some((l) => l.includes(',pager-2,login.failed,')));
  assert.is(lines.length - 1, (await search('action=login.failed&limit=500')).items.length);
  assert.is((await search('from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z')).items.length, 0);
});

test('auditors read the log; others may not', async () => {
  await hub.app.staff.addStaff('reader', '审计员', ['auditor'], 'reader-pass-1', new Date());
  await hub.app.staff.addStaff('editor2', '编辑', ['content-editor'], 'editor-pass-1', new Date());
  assert.ok((await search('limit=1', await hub.login('reader', 'reader-pass-1'))).items.length === 1);
  const refused = await hub.app.inject({ method: 'GET', url: '/api/audit.csv', headers: await hub.login('editor2', 'editor-pass-1') });
  assert.is(refused.statusCode, 403);
});

test('the log is append-only: the database refuses to change or delete a line', () => {
  const db = hub.app.hub.db;
  const line = db.prepare('SELECT * FROM audit_log LIMIT 1').get() as AuditEntry;
  assert.throws(() => db.prepare('UPDATE audit_log SET actor = ? WHERE id = ?').run('someone-else', line.id), /append-only/);
  assert.throws(() => db.prepare('DELETE FROM audit_log WHERE id = ?').run(line.id), /append-only/);
  assert.throws(() => db.prepare('DELETE FROM audit_log').run(), /append-only/);
  assert.is((db.prepare('SELECT actor FROM audit_log WHERE id = ?').get(line.id) as AuditEntry).actor, line.actor);
});

test.run();
