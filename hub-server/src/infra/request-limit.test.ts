import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { KIOSK_ID_HEADER } from '../contract/index.ts';
import { startTestHub } from '../testing/test-hub.ts';
import { RateLimiter } from './request-limit.ts';

test('a bucket holds a minute’s worth, then refills evenly', () => {
  const limiter = new RateLimiter(60);
  for (let i = 0; i < 60; i++) assert.is(limiter.take('a', 0), 0);
  assert.is(limiter.take('a', 0), 1000, 'one more a second later');
  assert.is(limiter.take('b', 0), 0, 'another client has its own');
  assert.is(limiter.take('a', 1000), 0);
  assert.is(limiter.take('a', 1000), 1000);
});

test('the public API answers 429 with Retry-After per address and kiosk; staff work and pages are not limited', async () => {
  let now = new Date('2026-12-07T02:00:00Z');
  const hub = await startTestHub({ env: { RATE_LIMIT_PER_MINUTE: '20' }, now: () => now });
  try {
    const kiosk = hub.app.hub.catalogue.hall.kiosks[0]!.id;
    const get = (headers: Record<string, string> = {}, remoteAddress = '10.1.1.1', url = '/api/services') =>
      hub.app.inject({ url, headers, remoteAddress });
    for (let i = 0; i < 20; i++) assert.is((await get({ [KIOSK_ID_HEADER]: kiosk })).statusCode, 200);
    const over = await get({ [KIOSK_ID_HEADER]: kiosk });
    assert.is(over.statusCode, 429);
    assert.is(over.headers['retry-after'], '3');
    assert.is(over.json().code, 'RATE_LIMITED');
    assert.ok(over.json().text.zh, 'the kiosk has a sentence to show');
    // The same address without the kiosk's name, or with a kiosk the hall does not have, is another client.
    assert.is((await get()).statusCode, 200);
    assert.is((await get({ [KIOSK_ID_HEADER]: 'made-up-kiosk' })).statusCode, 200);
    assert.is((await get({ [KIOSK_ID_HEADER]: kiosk }, '10.1.1.2')).statusCode, 200, 'another address');
    // Visitor routes count too; staff routes and pages do not.
    for (let i = 0; i < 20; i++) assert.is((await get({}, '10.1.1.3', '/api/seekers/me')).statusCode, 401);
    assert.is((await get({}, '10.1.1.3', '/api/seekers/me')).statusCode, 429);
    const staff = await hub.login();
    for (let i = 0; i < 30; i++) assert.is((await hub.app.inject({ url: '/api/devices', headers: staff, remoteAddress: '10.1.1.1' })).statusCode, 200);
    for (let i = 0; i < 30; i++) assert.is.not((await get({}, '10.1.1.1', '/kiosk/')).statusCode, 429);
    now = new Date(now.getTime() + 3000);
    assert.is((await get({ [KIOSK_ID_HEADER]: kiosk })).statusCode, 200, 'refilled after Retry-After');
  } finally {
    await hub.close();
  }
});

test.run();
