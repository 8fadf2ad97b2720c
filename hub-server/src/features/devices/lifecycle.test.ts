import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brokerEnabled, nextEnrolment } from './lifecycle.ts';

test('a device is added with a code, enrols, waits for approval, then works', () => {
  assert.is(nextEnrolment('awaiting-enrolment', { type: 'enrol' }), 'pending');
  assert.is(brokerEnabled('pending'), false);
  assert.is(nextEnrolment('pending', { type: 'approve' }), 'active');
  assert.is(brokerEnabled('active'), true);
});

test('approval is only for a device that enrolled; revoking is final until a new code', () => {
  assert.is(nextEnrolment('awaiting-enrolment', { type: 'approve' }), null);
  assert.is(nextEnrolment('active', { type: 'approve' }), null);
  assert.is(nextEnrolment('active', { type: 'revoke' }), 'revoked');
  assert.is(nextEnrolment('revoked', { type: 'revoke' }), null);
  assert.is(nextEnrolment('revoked', { type: 'enrol' }), null, 'a code issued before the revocation is dead');
  assert.is(nextEnrolment('revoked', { type: 'code' }), 'awaiting-enrolment');
  assert.is(brokerEnabled('revoked'), false);
});

test('re-enrolling a working device needs approval again; a new code alone changes nothing', () => {
  assert.is(nextEnrolment('active', { type: 'code' }), 'active');
  assert.is(nextEnrolment('active', { type: 'enrol' }), 'pending');
  assert.is(nextEnrolment('provisioned', { type: 'code' }), 'awaiting-enrolment');
});

test.run();
