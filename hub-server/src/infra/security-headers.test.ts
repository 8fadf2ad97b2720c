import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestHub } from '../testing/test-hub.ts';
import { contentSecurityPolicy } from './security-headers.ts';

test('every answer carries the security headers: API, page, error, 404, redirect', async () => {
  const hub = await startTestHub();
  try {
    for (const url of ['/api/hall', '/kiosk/', '/api/docs', '/api/seekers/me', '/no/such/page', '/s/abcdefghijklmnop', '/api/staff/users']) {
      const res = await hub.app.inject({ url });
      const what = `${url} (${res.statusCode})`;
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, "script-src 'self'", what);
      assert.not.match(csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '', 'unsafe', what);
      assert.match(csp, "frame-ancestors 'none'", what);
      assert.is(res.headers['x-content-type-options'], 'nosniff', what);
      assert.is(res.headers['referrer-policy'], 'no-referrer', what);
      assert.is(res.headers['x-frame-options'], 'DENY', what);
      assert.is(res.headers['strict-transport-security'], undefined, `${what}: plain HTTP gets no HSTS`);
    }
    assert.is((await hub.app.inject({ url: '/api/hall' })).headers['cache-control'], 'no-store', 'API answers are not cached');
    // A proxy that is not trusted cannot claim TLS.
    const claimed = await hub.app.inject({ url: '/api/hall', headers: { 'x-forwarded-proto': 'https' } });
    assert.is(claimed.headers['strict-transport-security'], undefined);
  } finally {
    await hub.close();
  }
});

test('behind a trusted TLS proxy, HSTS; the session cookie is Secure', async () => {
  const hub = await startTestHub({ env: { TRUST_PROXY: '127.0.0.1' } });
  try {
    const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' };
    const res = await hub.app.inject({ url: '/api/hall', headers });
    assert.is(res.headers['strict-transport-security'], 'max-age=31536000');
    const login = await hub.app.inject({ method: 'POST', url: '/api/staff/login', headers, payload: { username: hub.config.admin.username, password: hub.config.admin.password } });
    assert.ok(login.cookies[0]!.secure);
  } finally {
    await hub.close();
  }
});

test('the policy lets the browsers reach an external broker’s WebSocket, and nothing else', () => {
  const csp = contentSecurityPolicy({ broker: { mode: 'external', wsUrl: 'wss://broker.hall.lan:8884/mqtt' } } as never);
  assert.match(csp, "connect-src 'self' wss://broker.hall.lan:8884;");
  assert.match(contentSecurityPolicy({ broker: { mode: 'embedded', port: 1883, deviceUrl: null } }), "connect-src 'self';");
});

test('TRUST_PROXY takes addresses, ranges and the named sets, and names anything else', async () => {
  const { loadConfig, ConfigError } = await import('../config.ts');
  assert.equal(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,loopback' }).trustProxy, ['10.0.0.1', '192.168.0.0/16', 'loopback']);
  assert.throws(() => loadConfig({ TRUST_PROXY: 'true' }), (e: unknown) => e instanceof ConfigError && /TRUST_PROXY: "true"/.test(e.message));
});

test.run();
