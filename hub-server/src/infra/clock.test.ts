import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addDays, localToUtc, minuteOfDay, serviceDay } from './clock.ts';

test('the service day follows the hall\'s midnight, not UTC', () => {
  // 15:59:59 UTC is 23:59:59 in Shanghai; one second later is the next service day.
  assert.is(serviceDay(new Date('2026-11-26T15:59:59Z'), 'Asia/Shanghai'), '2026-11-26');
  assert.is(serviceDay(new Date('2026-11-26T16:00:00Z'), 'Asia/Shanghai'), '2026-11-27');
  assert.is(minuteOfDay(new Date('2026-11-26T16:30:00Z'), 'Asia/Shanghai'), 30);
});

test('local hall times become instants, across month ends and daylight-saving changes', () => {
  assert.is(localToUtc('2026-11-26', 9 * 60 + 30, 'Asia/Shanghai').toISOString(), '2026-11-26T01:30:00.000Z');
  assert.is(localToUtc('2026-11-26', 0, 'Asia/Shanghai').toISOString(), '2026-11-25T16:00:00.000Z');
  // New York falls back on 2026-11-01: 09:00 that day is UTC−5, the day before UTC−4.
  assert.is(localToUtc('2026-11-01', 9 * 60, 'America/New_York').toISOString(), '2026-11-01T14:00:00.000Z');
  assert.is(localToUtc('2026-10-31', 9 * 60, 'America/New_York').toISOString(), '2026-10-31T13:00:00.000Z');
  assert.is(addDays('2026-11-30', 1), '2026-12-01');
  assert.is(addDays('2026-12-31', 1), '2027-01-01');
});

test('answers reused within a minute stay right across the minute boundary and between zones', () => {
  // The same UTC minute asked in two zones, and the last millisecond before a local midnight.
  const SH = 'Asia/Shanghai';
  const before = new Date('2026-11-26T15:59:00.000Z');
  assert.is(minuteOfDay(before, SH), 23 * 60 + 59);
  assert.is(minuteOfDay(before, 'UTC'), 15 * 60 + 59);
  assert.is(minuteOfDay(new Date('2026-11-26T15:59:59.999Z'), SH), 23 * 60 + 59);
  assert.is(serviceDay(new Date('2026-11-26T15:59:30.000Z'), SH), '2026-11-26');
  assert.is(minuteOfDay(new Date('2026-11-26T16:00:00.000Z'), SH), 0);
  assert.is(serviceDay(new Date('2026-11-26T16:00:00.001Z'), SH), '2026-11-27');
  assert.is(serviceDay(before, 'UTC'), '2026-11-26');
});

test.run();
