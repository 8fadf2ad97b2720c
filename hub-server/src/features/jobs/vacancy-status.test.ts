import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isPublished, nextStatus } from './vacancy-status.ts';

test('a vacancy starts pending and only review publishes it', () => {
  assert.is(nextStatus('new', 'submit'), 'pending');
  assert.is(nextStatus('pending', 'approve'), 'approved');
  assert.is(nextStatus('pending', 'reject'), 'rejected');
  assert.ok(isPublished('approved'));
  for (const s of ['pending', 'rejected', 'withdrawn', 'expired'] as const) assert.not.ok(isPublished(s));
});

test('approval is only from pending: a rejected or withdrawn vacancy is not published by approving it', () => {
  for (const s of ['approved', 'rejected', 'withdrawn', 'expired'] as const) assert.is(nextStatus(s, 'approve'), null);
});

test('an edit sends a published vacancy back to review; withdrawn ones stay withdrawn', () => {
  assert.is(nextStatus('approved', 'edit'), 'pending');
  assert.is(nextStatus('rejected', 'edit'), 'pending');
  assert.is(nextStatus('withdrawn', 'edit'), null);
});

test('only a published vacancy expires', () => {
  assert.is(nextStatus('approved', 'expire'), 'expired');
  assert.is(nextStatus('pending', 'expire'), null);
});

test.run();
