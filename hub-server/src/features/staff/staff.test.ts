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
  assert.is(body.staff.role, 'admin');
  const me = await hub.app.inject({ method: 'GET', url: '/api/staff/me', headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` } });
  assert.is(me.json().csrfToken, body.csrfToken);
});

test('wrong passwords are refused; repeated guessing is throttled', async () => {
  const wrong = await hub.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username: 'boss', password: 'nope' } });
  assert.is(wrong.statusCode, 401);
  const guess = () => hub.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username: 'ghost', password: 'x' } });
  for (let i = 0; i < 5; i++) assert.is((await guess()).statusCode, 401);
  assert.is((await guess()).statusCode, 429);
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
