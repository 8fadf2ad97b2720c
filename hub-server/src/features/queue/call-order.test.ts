import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PRIORITY_HEAD_START_MINUTES, pickNext } from './call-order.ts';

const at = (min: number) => new Date(Date.UTC(2026, 10, 26, 1, 0) + min * 60_000).toISOString();
const now = new Date(at(60));

test('the longest-waiting ticket goes first', () => {
  const next = pickNext([{ id: 'b', priority: 'normal', createdAt: at(10), seq: 2 }, { id: 'a', priority: 'normal', createdAt: at(5), seq: 1 }], now);
  assert.is(next?.id, 'a');
});

test('tickets issued in the same millisecond go in number order', () => {
  const next = pickNext([{ id: 'b', priority: 'normal', createdAt: at(5), seq: 8 }, { id: 'a', priority: 'normal', createdAt: at(5), seq: 7 }], now);
  assert.is(next?.id, 'a');
});

test('a green-channel ticket goes ahead of normal tickets that came shortly before it', () => {
  const next = pickNext([{ id: 'n', priority: 'normal', createdAt: at(30), seq: 1 }, { id: 'e', priority: 'elderly', createdAt: at(40), seq: 2 }], now);
  assert.is(next?.id, 'e');
});

test('a normal ticket is never starved: it overtakes priority tickets that came much later', () => {
  const next = pickNext(
    [{ id: 'n', priority: 'normal', createdAt: at(0), seq: 1 }, { id: 'd', priority: 'disabled', createdAt: at(PRIORITY_HEAD_START_MINUTES + 5), seq: 2 }],
    now,
  );
  assert.is(next?.id, 'n');
});

test('a checked-in appointment is called at its slot time ahead of walk-ins; before it, it waits like anyone', () => {
  const walkIn = { id: 'w', priority: 'elderly' as const, createdAt: at(0), seq: 1 };
  const appt = { id: 'a', priority: 'normal' as const, createdAt: at(30), seq: 2, appointmentAt: at(90) };
  assert.is(pickNext([walkIn, appt], now)?.id, 'w', 'before the slot the walk-in who came first goes first');
  assert.is(pickNext([appt], now)?.id, 'a', 'an early visitor is served early when nobody else waits');
  assert.is(pickNext([walkIn, appt], new Date(at(90)))?.id, 'a', 'from the slot start the appointment goes first');
  const earlier = { ...appt, id: 'b', seq: 3, appointmentAt: at(80) };
  assert.is(pickNext([walkIn, appt, earlier], new Date(at(95)))?.id, 'b', 'appointments in slot order');
});

test('nobody waiting: nobody called', () => {
  assert.is(pickNext([], now), null);
});

test.run();
