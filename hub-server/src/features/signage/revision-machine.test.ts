import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nextRevisionState } from './revision-machine.ts';

const report = (status: 'applied' | 'failed') => ({ type: 'reply' as const, reply: { correlationId: 'rev:1', revision: 3, status, reason: null, at: '2026-11-26T02:00:00.000Z' } });

test('a revision is sent, then applied or failed as the screen reports', () => {
  assert.is(nextRevisionState('queued', { type: 'published' }), 'sent');
  assert.is(nextRevisionState('sent', report('applied')), 'applied');
  assert.is(nextRevisionState('sent', report('failed')), 'failed');
  assert.is(nextRevisionState('queued', report('applied')), 'applied', 'the report may overtake the PUBACK');
});

test('without an answer after the retries it is unanswered; past its lifetime, expired', () => {
  assert.is(nextRevisionState('sent', { type: 'unanswered' }), 'unanswered');
  assert.is(nextRevisionState('sent', { type: 'expired' }), 'expired');
});

test('final states stay: a late report changes nothing, nor does a resend of a superseded one', () => {
  for (const s of ['applied', 'failed', 'unanswered', 'expired', 'superseded'] as const) {
    assert.is(nextRevisionState(s, report('applied')), s);
    assert.is(nextRevisionState(s, { type: 'published' }), s);
  }
});

test.run();
