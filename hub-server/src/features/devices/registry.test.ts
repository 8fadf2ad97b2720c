import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AgentHealth } from '../../contract/index.ts';
import { DeviceRegistry, STALE_MS } from './registry.ts';

/** A registry on a clock the test moves, recording the offline/online news the fleet view announces. */
function setup() {
  let t = Date.parse('2026-12-07T08:00:00Z');
  const news: string[] = [];
  const reg = new DeviceRegistry(() => [{ id: 'kiosk-2', kind: 'kiosk-shell' }, { id: 'printer-1', kind: 'printer' }, { id: 'lobby-lcd-1', kind: 'signage-screen' }], {
    changed: () => {},
    transition: (id, state) => news.push(`${id} ${state}`),
    now: () => new Date(t),
  });
  const beat = (id: string): void => {
    const at = new Date(t).toISOString();
    const hb: AgentHealth = { startedAt: at, uptimeS: 10, rssMb: 80, version: 'test', at };
    reg.applyHeartbeat(id, hb);
  };
  return { reg, news, beat, advance: (ms: number) => (t += ms) };
}

test('a device that stops beating is offline after three missed beats, well within 60 s, and announced back', () => {
  const { reg, news, beat, advance } = setup();
  reg.applyPresence('kiosk-2', { state: 'online', kind: 'kiosk-shell', id: 'kiosk-2' });
  beat('kiosk-2');
  advance(STALE_MS);
  reg.check();
  assert.is(reg.health('kiosk-2')!.state, 'online', 'not yet: exactly at the limit');
  advance(1000);
  reg.check();
  assert.is(reg.health('kiosk-2')!.state, 'offline');
  beat('kiosk-2');
  assert.is(reg.health('kiosk-2')!.state, 'online');
  assert.equal(news, ['kiosk-2 offline', 'kiosk-2 online']);
});

test('a device heard only by its beats (no presence yet) also turns offline when they stop', () => {
  const { reg, news, beat, advance } = setup();
  beat('kiosk-2');
  assert.is(reg.health('kiosk-2')!.state, 'online');
  advance(STALE_MS + 1000);
  reg.check();
  assert.is(reg.health('kiosk-2')!.state, 'offline');
  assert.equal(news, ['kiosk-2 offline']);
});

test('an agent that does not beat is trusted to its presence and last will; an unlisted device is ignored', () => {
  const { reg, advance } = setup();
  reg.applyPresence('printer-1', { state: 'online', kind: 'printer', id: 'printer-1' });
  advance(10 * 60_000);
  reg.check();
  assert.is(reg.health('printer-1')!.state, 'online');
  reg.applyPresence('printer-1', { state: 'offline', kind: 'printer', id: 'printer-1' });
  assert.is(reg.health('printer-1')!.state, 'offline');
  assert.is(reg.health('unknown-9'), null);
});

test('a lobby screen is kept current by its player\'s beats: uptime and last seen shown, offline when they stop though its connection stays', () => {
  const { reg, news, advance } = setup();
  reg.applyPresence('lobby-lcd-1', { state: 'online', kind: 'signage-screen', id: 'lobby-lcd-1' });
  assert.is(reg.detail('lobby-lcd-1').uptimeS, null, 'no beat yet: no uptime to show');
  reg.applyScreenBeat('lobby-lcd-1', { uptimeS: 3600, at: '2026-12-07T08:00:00.000Z' });
  assert.is(reg.health('lobby-lcd-1')!.state, 'online');
  assert.is(reg.health('lobby-lcd-1')!.lastSeen, '2026-12-07T08:00:00.000Z');
  assert.is(reg.detail('lobby-lcd-1').uptimeS, 3600);
  advance(STALE_MS + 1000);
  reg.check();
  assert.is(reg.health('lobby-lcd-1')!.state, 'offline', 'a hung player misses its beats');
  assert.is(reg.detail('lobby-lcd-1').uptimeS, null, 'an offline screen shows no uptime');
  assert.equal(news, ['lobby-lcd-1 offline']);
});

test.run();
