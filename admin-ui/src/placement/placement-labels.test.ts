import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ComplaintStatus, FindingSeverity, ReferralStatus, RejectReason, ReviewReason } from '@jobhall/hub-server/contract';
import { ApiProblem } from '@jobhall/ui-kit/api';
import { COMPLAINT_STATUS, REFERRAL_STATUS, REJECT_REASON, REVIEW_REASON, SEVERITY, complaintSteps, payRange, problemText, referralOutcomes } from './placement-labels.ts';

test('every code the contract knows has a label, Chinese first and English second', () => {
  const check = (labels: Record<string, string>, codes: readonly string[]) => {
    assert.equal(Object.keys(labels).sort(), [...codes].sort());
    for (const l of Object.values(labels)) assert.match(l, /^[\p{Script=Han}/]+.* [A-Z][\w -]+/u, l);
  };
  check(REVIEW_REASON, ReviewReason.options);
  check(REJECT_REASON, RejectReason.options);
  check(SEVERITY, FindingSeverity.options);
  check(REFERRAL_STATUS, ReferralStatus.options);
  check(COMPLAINT_STATUS, ComplaintStatus.options);
});

test('referral follow-up offers only the steps the hub allows', () => {
  assert.equal(referralOutcomes('referred'), ['interviewed', 'hired', 'rejected', 'no-show', 'cancelled']);
  assert.equal(referralOutcomes('interviewed'), ['hired', 'rejected', 'cancelled']);
  assert.equal(referralOutcomes('hired'), []);
  assert.equal(referralOutcomes('no-show'), []);
});

test('complaints move on until resolved or closed', () => {
  assert.equal(complaintSteps('received'), ['in-progress', 'referred', 'closed']);
  assert.equal(complaintSteps('resolved'), []);
});

test('pay is a monthly range', () => {
  assert.is(payRange({ payMin: 5000, payMax: 6500 }), '5000–6500 元/月');
  assert.is(payRange({ payMin: 6000, payMax: 6000 }), '6000 元/月');
  assert.is(payRange({ payMin: 0, payMax: 0 }), '面议 Negotiable');
});

test('a refusal reads as its field messages, after the public sentence when there is one', () => {
  assert.is(problemText(new ApiProblem(422, 'bad', 'X', undefined, [{ path: 'body.reviewReason', message: 'give the reason' }])), 'body.reviewReason: give the reason');
  assert.is(problemText(new ApiProblem(409, 'already', 'Y', { zh: '已推荐', en: 'Already referred' }, [])), '已推荐 · already');
  assert.is(problemText(new Error('x')), 'Error: x');
});

test.run();
