import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { monthlyPay, payLabel, periodPay } from './pay.ts';

test('a daily or weekly wage survives the trip through its monthly equivalent', () => {
  for (const period of ['daily', 'weekly', 'monthly'] as const) {
    for (const amount of [1, 150, 199, 230, 333, 1000, 8800, 12345]) {
      assert.is(periodPay(monthlyPay(amount, period), period), amount, `${amount} ${period}`);
    }
  }
  assert.is(monthlyPay(200, 'daily'), 4350);
  assert.is(monthlyPay(1000, 'weekly'), 4333);
});

test('pay reads in the unit it is paid in, in both languages', () => {
  assert.is(payLabel({ payMin: 5000, payMax: 6000, payPeriod: 'monthly' }, 'zh'), '5000–6000 元/月');
  assert.is(payLabel({ payMin: 4350, payMax: 4350, payPeriod: 'daily' }, 'zh'), '200 元/天');
  assert.is(payLabel({ payMin: 4350, payMax: 6525, payPeriod: 'daily' }, 'en'), '200–300 yuan/day');
  assert.is(payLabel({ payMin: 4333, payMax: 6500, payPeriod: 'weekly' }, 'zh'), '1000–1500 元/周');
  assert.is(payLabel({ payMin: 0, payMax: 0, payPeriod: 'daily' }, 'en'), 'Negotiable');
});

test.run();
