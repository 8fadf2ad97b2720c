import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LoginThrottle } from './login-throttle.ts';

const MIN = 60_000;
const limits = (failures: number) => ({ failures, windowMs: 10 * MIN, lockMs: 15 * MIN });

test('five failures for one account, from any addresses, lock that account for the lock time', () => {
  const t = new LoginThrottle(limits(5), limits(20));
  for (let i = 0; i < 4; i++) t.fail('li.na', `10.0.0.${i}`, i * MIN);
  assert.is(t.lockedFor('li.na', '10.0.0.9', 4 * MIN), 0);
  t.fail('li.na', '10.0.0.5', 4 * MIN);
  assert.is(t.lockedFor('li.na', '10.0.0.9', 4 * MIN), 15 * MIN, 'locked wherever the next try comes from');
  assert.is(t.lockedFor('wang', '10.0.0.9', 4 * MIN), 0, 'other accounts are not');
  assert.is(t.lockedFor('li.na', '10.0.0.9', 19 * MIN - 1), 1);
  assert.is(t.lockedFor('li.na', '10.0.0.9', 19 * MIN), 0, 'free again once the lock passes');
});

test('failures older than the window do not count', () => {
  const t = new LoginThrottle(limits(3), limits(20));
  t.fail('a', 'ip', 0);
  t.fail('a', 'ip', MIN);
  t.fail('a', 'ip', 11 * MIN);
  assert.is(t.lockedFor('a', 'ip', 11 * MIN), 0);
  t.fail('a', 'ip', 12 * MIN);
  assert.is(t.lockedFor('a', 'ip', 12 * MIN), 0, 'two in the window');
  t.fail('a', 'ip', 13 * MIN);
  assert.ok(t.lockedFor('a', 'ip', 13 * MIN) > 0, 'three in the window');
});

test('one address trying many accounts is locked as an address', () => {
  const t = new LoginThrottle(limits(5), limits(6));
  for (let i = 0; i < 6; i++) t.fail(`name-${i}`, '192.0.2.7', i);
  assert.is(t.lockedFor('someone-new', '192.0.2.7', 10), 15 * MIN - 5);
  assert.is(t.lockedFor('someone-new', '192.0.2.8', 10), 0, 'another address is not');
});

test('a success clears the account’s count, not the address’s', () => {
  const t = new LoginThrottle(limits(3), limits(5));
  t.fail('a', 'ip', 0);
  t.fail('a', 'ip', 1);
  t.succeed('a');
  t.fail('a', 'ip', 2);
  t.fail('a', 'ip', 3);
  assert.is(t.lockedFor('a', 'ip', 3), 0, 'the count started again');
  t.fail('b', 'ip', 4);
  assert.ok(t.lockedFor('c', 'ip', 4) > 0, 'the address had five failures in all');
});

test.run();
