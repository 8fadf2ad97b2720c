import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FairBooths } from './board-format.ts';
import { badges, boothCells, clockOf, fairsOn, nextPage, pageAfterRefresh, pageCount, pageOf, payLabel } from './board-format.ts';

const ids = (...n: number[]) => n.map((id) => ({ id }));

test('pay reads in the unit it is paid in, in 万 from ten thousand on, and 面议 when there is none', () => {
  assert.equal(payLabel({ payMin: 5400, payMax: 7200, payPeriod: 'monthly' }), { zh: '5400–7200 元/月', en: 'yuan/month' });
  assert.is(payLabel({ payMin: 8000, payMax: 12000, payPeriod: 'monthly' }).zh, '8000–1.2万 元/月');
  assert.is(payLabel({ payMin: 6000, payMax: 6000, payPeriod: 'monthly' }).zh, '6000 元/月');
  assert.is(payLabel({ payMin: 0, payMax: 0, payPeriod: 'monthly' }).zh, '面议');
  // A daily wage stored as its monthly equivalent (200 × 21.75) reads per day again.
  assert.equal(payLabel({ payMin: 4350, payMax: 5438, payPeriod: 'daily' }), { zh: '200–250 元/天', en: 'yuan/day' });
  assert.is(payLabel({ payMin: 4333, payMax: 4333, payPeriod: 'weekly' }).zh, '1000 元/周');
});

test('badges: 包吃, 包住 and quick pay, in that order, none for a plain monthly job', () => {
  assert.equal(badges({ meals: true, lodging: true, payPeriod: 'daily' }).map((b) => b.zh), ['包吃', '包住', '日结']);
  assert.equal(badges({ meals: false, lodging: false, payPeriod: 'weekly' }).map((b) => b.zh), ['周结']);
  assert.equal(badges({ meals: false, lodging: false, payPeriod: 'monthly' }), []);
});

test('pages go round, and an empty list is one empty page', () => {
  assert.is(pageCount(0, 5), 1);
  assert.is(pageCount(11, 5), 3);
  assert.equal(pageOf([1, 2, 3, 4, 5, 6, 7], 1, 5), [6, 7]);
  assert.is(nextPage(0, 11, 5), 1);
  assert.is(nextPage(2, 11, 5), 0);
  assert.is(nextPage(0, 0, 5), 0);
});

test('after a refresh: back to the first page when a vacancy is new, else stay within the new count', () => {
  assert.is(pageAfterRefresh(ids(1, 2, 3), ids(9, 1, 2, 3), 1, 2), 0);
  assert.is(pageAfterRefresh(ids(1, 2, 3, 4, 5), ids(1, 2, 3, 4, 5), 2, 2), 2);
  assert.is(pageAfterRefresh(ids(1, 2, 3, 4, 5), ids(1, 2), 2, 2), 0, 'fewer pages now');
  assert.is(pageAfterRefresh(ids(1, 2, 3, 4, 5), ids(1, 2, 3), 2, 2), 1);
});

function fair(boothCount: number, taken: number[], over: Partial<FairBooths> = {}): FairBooths {
  return {
    fairId: '00000000-0000-4000-8000-000000000001', title: '每日现场招聘', starts: '09:00', ends: '11:30', venue: '一楼招聘区', boothCount,
    booths: taken.map((no) => ({ boothNo: no, employerName: `单位${no}`, jobs: [] })), ...over,
  };
}

test('a fair is on the board until its end', () => {
  const f = fair(10, []);
  assert.is(fairsOn([f], '09:00').length, 1);
  assert.is(fairsOn([f], '11:29').length, 1);
  assert.is(fairsOn([f], '11:30').length, 0);
});

test('the fair with recruiters booked comes first, then the earliest', () => {
  const empty = fair(10, [], { title: 'empty', starts: '08:00' });
  const late = fair(10, [1], { title: 'late', starts: '13:00', ends: '16:00' });
  const early = fair(10, [2], { title: 'early', starts: '09:00' });
  assert.equal(fairsOn([empty, late, early], '08:30').map((f) => f.title), ['early', 'late', 'empty']);
});

test('booth map: every booth of a small fair, only the taken ones of a big one', () => {
  const small = boothCells(fair(4, [2]));
  assert.equal(small.map((c) => [c.no, c.employer]), [[1, null], [2, '单位2'], [3, null], [4, null]]);
  const big = boothCells(fair(200, [150, 7]), 30);
  assert.equal(big.map((c) => c.no), [7, 150]);
});

test('the clock on the board is HH:MM in the hall\'s time zone, whatever the display\'s own', () => {
  assert.is(clockOf(Date.parse('2026-11-26T01:05:00Z'), 'Asia/Shanghai'), '09:05');
  assert.is(clockOf(Date.parse('2026-11-26T16:30:00Z'), 'Asia/Shanghai'), '00:30');
  assert.is(clockOf(Date.parse('2026-11-26T01:05:00Z'), 'Europe/London'), '01:05');
});

test.run();
