import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nextLedState } from './led-machine.ts';

const ack = { type: 'reply' as const, reply: { correlationId: 'led:1', at: '2026-11-26T02:00:00.000Z' } };

test('a line is sent, then acknowledged when the board shows it', () => {
  assert.is(nextLedState('queued', { type: 'published' }), 'sent');
  assert.is(nextLedState('sent', ack), 'acknowledged');
  // The acknowledgement can overtake the broker's PUBACK.
  assert.is(nextLedState('queued', ack), 'acknowledged');
});

test('a line nobody acknowledged after the retries is unanswered; an old one expires', () => {
  assert.is(nextLedState('sent', { type: 'unanswered' }), 'unanswered');
  assert.is(nextLedState('sent', { type: 'expired' }), 'expired');
  assert.is(nextLedState('queued', { type: 'expired' }), 'expired');
});

test('final states stay final: a late acknowledgement or a resend changes nothing', () => {
  for (const done of ['acknowledged', 'unanswered', 'expired'] as const) {
    assert.is(nextLedState(done, ack), done);
    assert.is(nextLedState(done, { type: 'published' }), done);
    assert.is(nextLedState(done, { type: 'expired' }), done);
  }
});

test.run();
