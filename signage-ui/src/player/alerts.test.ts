import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AlertMessage } from '@jobhall/hub-server/contract';
import { covering, fromCommand, fromPublic, prune } from './alerts.ts';

const T0 = Date.parse('2026-11-25T02:00:00Z');
const alert = (id: string, over: Partial<AlertMessage> = {}): AlertMessage => ({
  id, status: 'actual', severity: 'severe', urgency: 'immediate', headline: { zh: id, en: id }, instruction: { zh: '走', en: 'go' },
  sent: new Date(T0).toISOString(), expires: new Date(T0 + 600_000).toISOString(), zones: [], pictogram: 'info', replaces: null, ...over,
});
const A = '00000000-0000-7000-8000-00000000000a';
const B = '00000000-0000-7000-8000-00000000000b';

test('a command counts the alert\'s life on the screen\'s own clock, whatever its clock says the expiry is', () => {
  // The screen's clock is an hour behind: by the absolute expiry the alert would stay an hour too long.
  const local = T0 - 3600_000;
  const held = fromCommand([], { correlationId: 'c', action: 'show', alert: alert(A), ttlMs: 600_000 }, local);
  assert.is(covering(held, 'lobby', local + 599_000)?.id, A);
  assert.is(covering(held, 'lobby', local + 600_000), null, 'gone by itself when its ten minutes are up');
  assert.equal(prune(held, local + 600_000).held, []);
});

test('only the zones it is for, the most severe first; an update replaces, a clear removes', () => {
  let held = fromCommand([], { correlationId: '1', action: 'show', alert: alert(A, { zones: ['floor-2'] }), ttlMs: 600_000 }, T0);
  assert.is(covering(held, 'lobby', T0), null);
  held = fromCommand(held, { correlationId: '2', action: 'show', alert: alert(B, { severity: 'extreme' }), ttlMs: 600_000 }, T0);
  assert.is(covering(held, 'floor-2', T0)?.id, B);
  const C = '00000000-0000-7000-8000-00000000000c';
  held = fromCommand(held, { correlationId: '3', action: 'show', alert: alert(C, { replaces: B, severity: 'minor' }), ttlMs: 600_000 }, T0);
  assert.equal(held.map((h) => h.alert.id), [A, C]);
  held = fromCommand(held, { correlationId: '4', action: 'clear', alert: alert(A), ttlMs: 0 }, T0);
  assert.equal(held.map((h) => h.alert.id), [C]);
});

test('the public list adds what a page has not heard of and removes what a newer list no longer has', () => {
  let held = fromPublic([], { alerts: [alert(A)], at: new Date(T0 + 10).toISOString() });
  assert.is(covering(held, 'lobby', T0 + 1000)?.id, A);
  // An alert that came as a command after this (older) list was made stays.
  held = fromCommand(held, { correlationId: 'c', action: 'show', alert: alert(B, { sent: new Date(T0 + 5000).toISOString() }), ttlMs: 600_000 }, T0 + 5000);
  held = fromPublic(held, { alerts: [alert(A)], at: new Date(T0 + 20).toISOString() });
  assert.equal(held.map((h) => h.alert.id).sort(), [A, B]);
  held = fromPublic(held, { alerts: [], at: new Date(T0 + 9000).toISOString() });
  assert.equal(held, [], 'cancelled at the hub: gone here');
});

test.run();
