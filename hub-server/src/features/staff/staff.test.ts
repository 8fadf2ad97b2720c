import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SESSION_COOKIE } from '../../contract/index.ts';
import { startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

let hub: TestHub;
test.before(async () => {
  hub = await startTestHub({ env: { JOBHALL_ADMIN_USER: 'boss', JOBHALL_ADMIN_PASSWORD: 'correct horse 42' } });
});
test.after(async () => {
  await hub.close();
});

test('passwords are stored as scrypt hashes and verify', async () => {
  const h = await hashPassword('s3cret-pass');
  assert.match(h, /^scrypt\$32768\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
  assert.ok(await verifyPassword('s3cret-pass', h));
  assert.not.ok(await verifyPassword('s3cret-pasS', h));
  const row = hub.app.hub.db.prepare('SELECT password_hash FROM staff WHERE username = ?').get('boss') as { password_hash: string };
  assert.not.match(row.password_hash, 'correct horse');
});

test('login sets an httpOnly, SameSite=Strict session cookie and returns the CSRF token', async () => {
  const res = await hub.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username: 'boss', password: 'correct horse 42' } });
  assert.is(res.statusCode, 200);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
  assert.ok(cookie.httpOnly);
  assert.is(cookie.sameSite, 'Strict');
  const body = res.json();
  assert.ok(body.csrfToken.length >= 24);
  assert.equal(body.staff.roles, ['admin']);
  assert.ok(body.staff.permissions.includes('staff.manage') && body.staff.permissions.includes('audit.read'));
  const me = await hub.app.inject({ method: 'GET', url: '/api/staff/me', headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` } });
  assert.is(me.json().csrfToken, body.csrfToken);
});

test('wrong passwords are refused; repeated guessing is throttled', async () => {
  const wrong = await hub.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username: 'boss', password: 'nope' } });
  assert.is(wrong.statusCode, 401);
  const guess = () => hub.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username: 'ghost', password: 'x' } });
  for (let i = 0; i < 5; i++) assert.is((await guess()).statusCode, 401);
  const locked = await guess();
  assert.is(locked.statusCode, 429);
  assert.is(locked.headers['retry-after'], '900', 'locked for 15 minutes');
});

test('an account is locked after five failures from anywhere; an address after twenty over any names', async () => {
  const from = (remoteAddress: string, username: string, password: string) =>
    hub.app.inject({ method: 'POST', url: '/api/staff/login', remoteAddress, payload: { username, password } });
  await hub.app.staff.addStaff('target', '目标', ['auditor'], 'target-password-1', new Date());
  for (let i = 0; i < 5; i++) assert.is((await from(`198.51.100.${i}`, 'target', 'wrong')).statusCode, 401);
  assert.is((await from('198.51.100.99', 'target', 'target-password-1')).statusCode, 429, 'even the right password waits out the lock');
  for (let i = 0; i < 20; i++) assert.is((await from('203.0.113.5', `spray-${i}`, 'Password1')).statusCode, 401);
  assert.is((await from('203.0.113.5', 'boss', 'correct horse 42')).statusCode, 429, 'the spraying address is locked');
  assert.is((await from('203.0.113.6', 'boss', 'correct horse 42')).statusCode, 200, 'others are not');
  const actions = hub.app.hub.db.prepare(`SELECT action FROM audit_log WHERE actor IN ('target', 'boss') AND action = 'login.locked'`).pluck().all();
  assert.is(actions.length, 2, 'each refusal while locked is audited');
});

test('staff routes refuse without a session, and state changes refuse without the CSRF token', async () => {
  const headers = await hub.login('boss', 'correct horse 42');
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/devices' })).statusCode, 401);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/devices', headers: { cookie: headers.cookie! } })).statusCode, 200);
  const line = { text: '暂停服务 Paused' };
  assert.is((await hub.app.inject({ method: 'POST', url: '/api/counters/counter-1/led', payload: line, headers: { cookie: headers.cookie! } })).statusCode, 403);
  assert.is.not((await hub.app.inject({ method: 'POST', url: '/api/counters/counter-1/led', payload: line, headers })).statusCode, 403);
});

test('logout ends the session', async () => {
  const headers = await hub.login('boss', 'correct horse 42');
  assert.is((await hub.app.inject({ method: 'POST', url: '/api/staff/logout', headers })).statusCode, 200);
  assert.is((await hub.app.inject({ method: 'GET', url: '/api/staff/me', headers })).statusCode, 401);
});

test.run();
