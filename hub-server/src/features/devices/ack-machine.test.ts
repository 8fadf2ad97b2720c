import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nextAckState } from './ack-machine.ts';

const ack = { type: 'reply' as const, reply: { correlationId: 'led:1', at: '2026-11-26T02:00:00.000Z' } };

test('a command is sent, then acknowledged when the device answers (an LED line shown, a shell command done)', () => {
  assert.is(nextAckState('queued', { type: 'published' }), 'sent');
  assert.is(nextAckState('sent', ack), 'acknowledged');
  // The acknowledgement can overtake the broker's PUBACK.
  assert.is(nextAckState('queued', ack), 'acknowledged');
});

test('a command nobody acknowledged after the retries is unanswered; an old one expires', () => {
  assert.is(nextAckState('sent', { type: 'unanswered' }), 'unanswered');
  assert.is(nextAckState('sent', { type: 'expired' }), 'expired');
  assert.is(nextAckState('queued', { type: 'expired' }), 'expired');
});

test('final states stay final: a late acknowledgement or a resend changes nothing', () => {
  for (const done of ['acknowledged', 'unanswered', 'expired'] as const) {
    assert.is(nextAckState(done, ack), done);
    assert.is(nextAckState(done, { type: 'published' }), done);
    assert.is(nextAckState(done, { type: 'expired' }), done);
  }
});

test.run();
