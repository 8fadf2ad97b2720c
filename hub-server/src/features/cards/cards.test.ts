import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CardAwaitResult, KIOSK_KEY_HEADER, type CardRead } from '../../contract/index.ts';
import { eventually, startTestHub, type TestHub } from '../../testing/test-hub.ts';
import { KioskKeys } from './kiosk-keys.ts';

const ID = '11010519491231002X';
let hub: TestHub;
let key: string;

test.before(async () => {
  hub = await startTestHub();
  key = KioskKeys.load(hub.dataDir, ['kiosk-1']).key('kiosk-1')!;
});
test.after(async () => {
  await hub.close();
});

/** What the reader's agent would publish: the hub subscribes to it on the reader's event topic. */
const read = (idNumber = ID, name = '张伟') =>
  hub.app.hub.bus.publish('cardRead', { deviceId: 'cardreader-1' }, { readId: crypto.randomUUID(), card: 'id-card', idNumber, name, at: new Date().toISOString() } satisfies CardRead);
const wait = (waitMs = 0, headers: Record<string, string> = { [KIOSK_KEY_HEADER]: key }) =>
  hub.app.inject({ method: 'POST', url: `/api/kiosks/kiosk-1/card/await?waitMs=${waitMs}`, headers });

test('only the kiosk page with its key may wait for the reader', async () => {
  assert.is((await wait(0, {})).statusCode, 401);
  assert.is((await wait(0, { [KIOSK_KEY_HEADER]: 'x'.repeat(32) })).statusCode, 401);
  assert.equal((await wait(0)).json(), { result: 'none' });
});

test('an unregistered card gives a read id and masked details, never the number; registering with it signs in', async () => {
  const waiting = wait(5000);
  await new Promise((r) => setTimeout(r, 100));
  await read();
  const res = CardAwaitResult.parse((await waiting).json());
  assert.is(res.result, 'unregistered');
  if (res.result !== 'unregistered') return;
  assert.is(res.idMasked, '1101**********002X');
  assert.is(res.nameMasked, '张*');
  assert.not.match(JSON.stringify(res), ID);
  const profile = { phone: '13800138000', district: 'pudong', wantedOccupations: ['4-07-05-01'], consentToRecommend: true };
  const reg = await hub.app.inject({
    method: 'POST', url: '/api/seekers/from-card', headers: { [KIOSK_KEY_HEADER]: key }, payload: { readId: res.readId, kioskId: 'kiosk-1', ...profile },
  });
  assert.is(reg.statusCode, 201, reg.body);
  assert.is(reg.json().seeker.idMasked, '1101**********002X');
  // The read was used up.
  const again = await hub.app.inject({ method: 'POST', url: '/api/seekers/from-card', headers: { [KIOSK_KEY_HEADER]: key }, payload: { readId: res.readId, kioskId: 'kiosk-1', ...profile } });
  assert.is(again.statusCode, 410);
  assert.match(again.json().message, 'body.readId');
});

test('a registered card signs the seeker in', async () => {
  const waiting = wait(5000);
  await new Promise((r) => setTimeout(r, 100));
  await read();
  const res = CardAwaitResult.parse((await waiting).json());
  assert.is(res.result, 'signed-in');
  if (res.result === 'signed-in') {
    assert.ok(res.token);
    const me = await hub.app.inject({ method: 'GET', url: '/api/seekers/me', headers: { 'x-visitor-token': res.token } });
    assert.is(me.json().idMasked, '1101**********002X');
  }
});

test('a read with no kiosk waiting is dropped; the reader is told when a kiosk waits and when it stops', async () => {
  await new Promise((r) => setTimeout(r, 3500)); // any session of an earlier test has closed
  await read();
  await new Promise((r) => setTimeout(r, 100));
  assert.equal((await wait(0)).json(), { result: 'none' }, 'nobody was waiting: the card belongs to nobody');
  const told: Array<{ open: boolean }> = [];
  const off = await hub.app.hub.bus.subscribe('cardSession', (s) => told.push(s), { deviceId: 'cardreader-1' });
  await wait(200);
  await eventually(() => told.some((s) => s.open) && told.at(-1)?.open === false, 6000, 'the session opened, then closed');
  await off();
});

test('a read nobody collects within a minute is gone; an invalid card number is dropped at the topic', async () => {
  const clock = { at: Date.now() };
  hub.app.hub.now = () => new Date(clock.at);
  await wait(100); // the kiosk's sign-in screen waited and is between two polls when the card comes
  await read();
  await new Promise((r) => setTimeout(r, 100));
  clock.at += 61_000;
  assert.equal((await wait(0)).json(), { result: 'none' });
  hub.app.hub.now = () => new Date();
  await hub.app.hub.bus.client.publishAsync('jobhall/v1/demo-hall/devices/cardreader-1/evt/card-read', JSON.stringify({ readId: crypto.randomUUID(), card: 'id-card', idNumber: '123', name: 'x', at: new Date().toISOString() }), { qos: 1 });
  await new Promise((r) => setTimeout(r, 100));
  assert.equal((await wait(0)).json(), { result: 'none' });
});

test.run();
