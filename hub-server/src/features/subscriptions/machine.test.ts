import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_CODE_ATTEMPTS, transition } from './machine.ts';

test('a pending subscription becomes active with the right code', () => {
  assert.equal(transition('pending', { type: 'code', right: true, attemptsBefore: 2 }), { ok: true, to: 'active' });
});

test('a wrong code is refused until the last allowed try, which drops the request', () => {
  assert.equal(transition('pending', { type: 'code', right: false, attemptsBefore: 0 }), { ok: false, reason: 'wrong-code' });
  assert.equal(transition('pending', { type: 'code', right: false, attemptsBefore: MAX_CODE_ATTEMPTS - 1 }), { ok: false, reason: 'too-many' });
});

test('an expired code ends a pending request; stop ends either; an active one takes no code', () => {
  assert.equal(transition('pending', { type: 'expired' }), { ok: true, to: 'ended' });
  assert.equal(transition('active', { type: 'expired' }), { ok: false, reason: 'not-pending' });
  assert.equal(transition('pending', { type: 'stop' }), { ok: true, to: 'ended' });
  assert.equal(transition('active', { type: 'stop' }), { ok: true, to: 'ended' });
  assert.equal(transition('active', { type: 'code', right: true, attemptsBefore: 0 }), { ok: false, reason: 'not-pending' });
  assert.equal(transition('ended', { type: 'stop' }), { ok: false, reason: 'not-pending' });
});

test.run();
