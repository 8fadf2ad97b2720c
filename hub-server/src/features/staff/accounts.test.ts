import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { StaffAccount } from '../../contract/index.ts';
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

const create = (payload: object, headers = admin) => hub.app.inject({ method: 'POST', url: '/api/staff/users', headers, payload });
const get = (url: string, headers: Record<string, string>) => hub.app.inject({ method: 'GET', url, headers });
const accounts = async () => (await get('/api/staff/users', admin)).json() as StaffAccount[];
const tryLogin = (username: string, password: string) => hub.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username, password } });

test('an administrator opens an account with roles: 201 {id}; it logs in with those permissions', async () => {
  const res = await create({ username: 'li.na', password: 'counter-pass-1', roles: ['counter-staff'] });
  assert.is(res.statusCode, 201);
  const { id } = res.json() as { id: number };
  assert.ok(Number.isInteger(id));
  const listed = (await accounts()).find((a) => a.id === id)!;
  assert.equal({ ...listed, createdAt: '' }, { id, username: 'li.na', displayName: 'li.na', roles: ['counter-staff'], disabled: false, createdAt: '' });
  assert.not.match(JSON.stringify(await accounts()), 'scrypt');
  const login = await tryLogin('li.na', 'counter-pass-1');
  assert.is(login.statusCode, 200);
  assert.equal(login.json().staff.roles, ['counter-staff']);
  assert.equal(login.json().staff.permissions, ['queue.read', 'queue.call', 'queue.desk', 'kpi.read', 'form.read', 'form.decide']);
});

test('only staff.manage opens accounts; bad bodies name the field', async () => {
  await hub.app.staff.addStaff('editor', '编辑', ['content-editor'], 'editor-pass-1', new Date());
  const editor = await hub.login('editor', 'editor-pass-1');
  const refused = await create({ username: 'x.y', password: 'long-enough-1', roles: ['auditor'] }, editor);
  assert.is(refused.statusCode, 403);
  assert.equal(refused.json().details, { permission: 'staff.manage' });
  const cases: Array<[object, string]> = [
    [{ username: 'a.b', password: 'long-enough-1' }, 'body.roles'],
    [{ username: 'a.b', password: 'long-enough-1', roles: [] }, 'body.roles'],
    [{ username: 'a.b', password: 'long-enough-1', roles: ['boss'] }, 'body.roles'],
    [{ username: 'a.b', password: 'long-enough-1', roles: ['auditor', 'auditor'] }, 'body.roles'],
    [{ username: 'a.b', password: 'short', roles: ['auditor'] }, 'body.password'],
    [{ username: 'a b<script>', password: 'long-enough-1', roles: ['auditor'] }, 'body.username'],
    [{ username: 'a.b', password: 'long-enough-1', roles: ['auditor'], role: 'admin' }, 'body.role'],
  ];
  for (const [body, field] of cases) {
    const res = await create(body);
    assert.is(res.statusCode, 400, JSON.stringify(body));
    assert.match(res.json().message, field, JSON.stringify(body));
  }
  const taken = await create({ username: 'editor', password: 'long-enough-1', roles: ['auditor'] });
  assert.is(taken.statusCode, 409);
  assert.is(taken.json().issues[0].path, 'body.username');
});

test('new roles apply to a session already open', async () => {
  const { id } = (await create({ username: 'wang.wei', password: 'wang-pass-123', roles: ['counter-staff'] })).json();
  const wang = await hub.login('wang.wei', 'wang-pass-123');
  assert.is((await get('/api/audit', wang)).statusCode, 403);
  const put = await hub.app.inject({ method: 'PUT', url: `/api/staff/users/${id}/roles`, headers: admin, payload: { roles: ['auditor'] } });
  assert.is(put.statusCode, 200);
  assert.equal(put.json().roles, ['auditor']);
  assert.is((await get('/api/audit', wang)).statusCode, 200);
  assert.is((await hub.app.inject({ method: 'POST', url: '/api/counters/counter-1/sign-in', headers: wang })).statusCode, 403);
  assert.equal((await get('/api/staff/me', wang)).json().staff.roles, ['auditor']);
});

test('a new password ends the account’s sessions; the old one stops working', async () => {
  const { id } = (await create({ username: 'zhao', password: 'zhao-pass-old', roles: ['auditor'] })).json();
  const zhao = await hub.login('zhao', 'zhao-pass-old');
  const reset = await hub.app.inject({ method: 'POST', url: `/api/staff/users/${id}/password`, headers: admin, payload: { password: 'zhao-pass-new' } });
  assert.is(reset.statusCode, 200);
  assert.is((await get('/api/staff/me', zhao)).statusCode, 401);
  assert.is((await tryLogin('zhao', 'zhao-pass-old')).statusCode, 401);
  assert.is((await tryLogin('zhao', 'zhao-pass-new')).statusCode, 200);
});

test('a disabled account is out at once and cannot log in until enabled again', async () => {
  const { id } = (await create({ username: 'qian', password: 'qian-pass-123', roles: ['auditor'] })).json();
  const qian = await hub.login('qian', 'qian-pass-123');
  const off = await hub.app.inject({ method: 'POST', url: `/api/staff/users/${id}/disabled`, headers: admin, payload: { disabled: true } });
  assert.is(off.json().disabled, true);
  assert.is((await get('/api/staff/me', qian)).statusCode, 401);
  assert.is((await tryLogin('qian', 'qian-pass-123')).statusCode, 401);
  await hub.app.inject({ method: 'POST', url: `/api/staff/users/${id}/disabled`, headers: admin, payload: { disabled: false } });
  assert.is((await tryLogin('qian', 'qian-pass-123')).statusCode, 200);
});

test('the hall keeps an enabled administrator: not one’s own account, not the last admin', async () => {
  const me = (await accounts()).find((a) => a.username === hub.config.admin.username)!;
  const own = await hub.app.inject({ method: 'POST', url: `/api/staff/users/${me.id}/disabled`, headers: admin, payload: { disabled: true } });
  assert.is(own.statusCode, 409);
  assert.is(own.json().code, 'OWN_ACCOUNT');
  const demote = await hub.app.inject({ method: 'PUT', url: `/api/staff/users/${me.id}/roles`, headers: admin, payload: { roles: ['auditor'] } });
  assert.is(demote.statusCode, 409);
  assert.is(demote.json().code, 'LAST_ADMIN');
  assert.is((await hub.app.inject({ method: 'PUT', url: '/api/staff/users/99999/roles', headers: admin, payload: { roles: ['auditor'] } })).statusCode, 404);
});

test.run();
