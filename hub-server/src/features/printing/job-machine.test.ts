import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PRINT_FINAL, PRINT_OPEN, PrintJobState, type PrintResult } from '../../contract/index.ts';
import { nextPrintState } from './job-machine.ts';

const result = (state: PrintResult['state']) => ({
  type: 'reply' as const,
  reply: { jobId: '00000000-0000-7000-8000-000000000001', correlationId: 'print:x', state, faults: [], bytes: 0, at: '2026-11-26T02:00:00.000Z' },
});

test('the hub hands a job to the broker, then the agent says where it is', () => {
  assert.is(nextPrintState('queued', { type: 'published' }), 'sent');
  assert.is(nextPrintState('sent', result('waiting-printer')), 'waiting-printer');
  assert.is(nextPrintState('waiting-printer', result('printed')), 'printed');
  assert.is(nextPrintState('sent', result('failed')), 'failed');
  // A result can overtake the broker's acknowledgement of the publish.
  assert.is(nextPrintState('queued', result('printed')), 'printed');
});

test('a job sent again stays where the agent put it; jobs are never timed out, only expired', () => {
  assert.is(nextPrintState('waiting-printer', { type: 'published' }), 'waiting-printer');
  assert.is(nextPrintState('sent', { type: 'unanswered' }), 'sent');
  for (const open of PRINT_OPEN) assert.is(nextPrintState(open, { type: 'expired' }), 'expired');
});

test('final states stay final: a duplicate result or a late expiry changes nothing', () => {
  for (const done of PRINT_FINAL) {
    assert.is(nextPrintState(done, result('waiting-printer')), done);
    assert.is(nextPrintState(done, { type: 'expired' }), done);
    assert.is(nextPrintState(done, { type: 'published' }), done);
  }
});

test('the contract\'s state sets split every state into open and final', () => {
  assert.equal([...PRINT_OPEN, ...PRINT_FINAL].sort(), [...PrintJobState.options].sort());
});

test.run();
