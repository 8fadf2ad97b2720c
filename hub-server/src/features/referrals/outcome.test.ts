import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { OPEN_STATUSES, canMove, isOpen } from './outcome.ts';

test('a referral goes to an interview and then to an outcome, or straight to one', () => {
  assert.ok(canMove('referred', 'interviewed'));
  assert.ok(canMove('interviewed', 'hired'));
  assert.ok(canMove('referred', 'hired'));
  assert.ok(canMove('referred', 'no-show'));
});

test('outcomes are final; an interview cannot turn into a no-show', () => {
  for (const done of ['hired', 'rejected', 'no-show', 'cancelled'] as const) {
    assert.not.ok(isOpen(done));
    assert.not.ok(canMove(done, 'interviewed'));
  }
  assert.not.ok(canMove('interviewed', 'no-show'));
  assert.not.ok(canMove('interviewed', 'referred'));
});

test('the open statuses are the ones reminders chase', () => {
  assert.equal(OPEN_STATUSES, ['referred', 'interviewed']);
});

test.run();
