import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bookingRefusal } from './machine.ts';

const start = new Date('2026-11-23T02:00:00Z');
const before = new Date('2026-11-23T01:00:00Z');
const after = new Date('2026-11-23T02:10:00Z');

test('the holder cancels until the session begins; staff may cancel at any time', () => {
  assert.is(bookingRefusal('booked', 'cancelled', 'visitor', before, start), null);
  assert.match(bookingRefusal('booked', 'cancelled', 'visitor', after, start)!, 'begun');
  assert.is(bookingRefusal('booked', 'cancelled', 'staff', after, start), null);
});

test('attendance is recorded by staff once the session has begun, and a final state never moves', () => {
  assert.match(bookingRefusal('booked', 'attended', 'staff', before, start)!, 'not begun');
  assert.is(bookingRefusal('booked', 'attended', 'staff', after, start), null);
  assert.is(bookingRefusal('booked', 'no-show', 'staff', after, start), null);
  assert.match(bookingRefusal('booked', 'attended', 'visitor', after, start)!, 'only staff');
  for (const from of ['attended', 'no-show', 'cancelled'] as const) {
    for (const to of ['booked', 'attended', 'no-show', 'cancelled'] as const) assert.ok(bookingRefusal(from, to, 'staff', after, start), `${from} → ${to}`);
  }
});

test.run();
