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

test('nobody waiting: nobody called', () => {
  assert.is(pickNext([], now), null);
});

test.run();
