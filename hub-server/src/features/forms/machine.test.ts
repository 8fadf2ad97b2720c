import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SubmissionStatus } from '../../contract/index.ts';
import { toldToApplicant, transition } from './machine.ts';

test('a submission is taken up, sent back for documents, resumed, then decided once', () => {
  let s = transition('submitted', 'assign')!;
  assert.is(s, 'in-review');
  s = transition(s, 'request-documents')!;
  assert.is(s, 'more-documents');
  assert.is(transition(s, 'approve'), null, 'not approved while documents are missing');
  s = transition(s, 'documents-received')!;
  assert.is(transition(s, 'approve'), 'approved');
});

test('decided submissions are final: only comments go on', () => {
  for (const final of ['approved', 'refused'] as const) {
    for (const a of ['assign', 'request-documents', 'documents-received', 'approve', 'refuse'] as const) assert.is(transition(final, a), null, `${final} ${a}`);
    assert.is(transition(final, 'comment'), final);
  }
});

test('comments never move a submission; every status accepts one', () => {
  for (const s of SubmissionStatus.options) assert.is(transition(s, 'comment'), s);
  assert.is(transition('submitted', 'documents-received'), null);
  assert.ok(toldToApplicant('refuse') && toldToApplicant('approve') && toldToApplicant('request-documents'));
  assert.not.ok(toldToApplicant('comment') || toldToApplicant('assign'));
});

test.run();
