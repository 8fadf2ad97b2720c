import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fill, formatBand, formatValue, plainNumber } from './format.ts';

const L = (zh: string, en: string) => ({ zh, en });

test('numbers are grouped by thousands with at most two decimals and no trailing zeros', () => {
  assert.is(plainNumber(39150), '39,150');
  assert.is(plainNumber(2175.5), '2,175.5');
  assert.is(plainNumber(1234567.891), '1,234,567.89');
  assert.is(plainNumber(-1200), '-1,200');
  assert.is(plainNumber(0.1 + 0.2), '0.3');
});

test('amounts, shares and plain numbers read in both languages', () => {
  assert.equal(formatValue(39150, { format: 'amount' }), L('39,150 元', '39,150 yuan'));
  assert.equal(formatValue(2200, { format: 'amount', unit: L('元/月', 'yuan a month') }), L('2,200 元/月', '2,200 yuan a month'));
  assert.equal(formatValue(0.9, { format: 'percent' }), L('90%', '90%'));
  assert.equal(formatValue(0.015, { format: 'percent' }), L('1.5%', '1.5%'));
  assert.equal(formatValue(18, { format: 'number', unit: L('个月', 'months') }), L('18 个月', '18 months'));
  assert.equal(formatValue(true, { format: 'number' }), L('是', 'yes'));
});

test('a band reads as words, open-ended or not', () => {
  const spec = { format: 'number' as const, unit: L('个月', 'months') };
  assert.equal(formatBand({ from: 5, to: 10, value: 18 }, L('年', 'years'), spec), L('满 5 年不足 10 年：18 个月', '5 to under 10 years: 18 months'));
  assert.equal(formatBand({ from: 10, to: null, value: 24 }, L('年', 'years'), spec), L('满 10 年及以上：24 个月', '10 years or more: 24 months'));
});

test('templates fill the names they know and leave the others as written', () => {
  const shown = (n: string) => (n === 'years' ? L('7 年', '7 years') : undefined);
  assert.equal(fill(L('交了 {years}，{other}', '{years} paid'), shown), L('交了 7 年，{other}', '7 years paid'));
});

test.run();
