import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { daysBetween, localHourFn } from './calendar.ts';

test('the hour of the hall\'s day, in its time zone, across midnight', () => {
  const shanghai = localHourFn('Asia/Shanghai');
  assert.is(shanghai(Date.parse('2024-03-04T15:50:00Z')), 23);
  assert.is(shanghai(Date.parse('2024-03-04T16:10:00Z')), 0);
  assert.is(shanghai(Date.parse('2024-03-04T01:00:00Z')), 9);
  assert.is(shanghai(Date.parse('2024-03-04T00:59:59.999Z')), 8);
});

test('half-hour zones and daylight saving are right too (the cache is per quarter hour)', () => {
  const kolkata = localHourFn('Asia/Kolkata'); // UTC+5:30
  assert.is(kolkata(Date.parse('2024-03-04T03:29:00Z')), 8);
  assert.is(kolkata(Date.parse('2024-03-04T03:30:00Z')), 9);
  const berlin = localHourFn('Europe/Berlin'); // CET → CEST on 31 March 2024 at 01:00 UTC
  assert.is(berlin(Date.parse('2024-03-31T00:30:00Z')), 1);
  assert.is(berlin(Date.parse('2024-03-31T01:30:00Z')), 3);
});

test('days between two dates, both included, over month ends and a leap day', () => {
  assert.equal(daysBetween('2024-02-27', '2024-03-02'), ['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
  assert.equal(daysBetween('2024-06-12', '2024-06-12'), ['2024-06-12']);
  assert.equal(daysBetween('2024-06-13', '2024-06-12'), []);
  assert.is(daysBetween('2024-01-01', '2024-12-31').length, 366);
});

test.run();
