import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { canMoveResult, canRecordResults, canShortlist, isOverdue, nextStatus, referralOutcomeFor } from './status.ts';

test('a request goes requested → screening → shortlisted → closed, and is cancelled only before handing over', () => {
  assert.is(nextStatus('requested', 'start'), 'screening');
  assert.is(nextStatus('screening', 'deliver'), 'shortlisted');
  assert.is(nextStatus('shortlisted', 'close'), 'closed');
  assert.is(nextStatus('requested', 'cancel'), 'cancelled');
  assert.is(nextStatus('screening', 'cancel'), 'cancelled');
  assert.is(nextStatus('shortlisted', 'cancel'), null);
  assert.is(nextStatus('requested', 'deliver'), null, 'nothing to hand over before screening');
  for (const action of ['start', 'deliver', 'close', 'cancel'] as const) {
    assert.is(nextStatus('closed', action), null);
    assert.is(nextStatus('cancelled', action), null);
  }
});

test('seekers are added while open; results are recorded once screening has begun', () => {
  assert.ok(canShortlist('requested') && canShortlist('screening') && canShortlist('shortlisted'));
  assert.not.ok(canShortlist('closed') || canShortlist('cancelled'));
  assert.ok(canRecordResults('screening') && canRecordResults('shortlisted'));
  assert.not.ok(canRecordResults('requested') || canRecordResults('closed'));
});

test('a candidate\'s result moves forward only, and says the same as the referral it is linked to', () => {
  assert.ok(canMoveResult('proposed', 'interviewed'));
  assert.ok(canMoveResult('interviewed', 'hired'));
  assert.ok(canMoveResult('proposed', 'withdrawn'));
  assert.not.ok(canMoveResult('hired', 'rejected'));
  assert.not.ok(canMoveResult('interviewed', 'proposed'));
  assert.is(referralOutcomeFor('withdrawn'), 'cancelled');
  assert.is(referralOutcomeFor('hired'), 'hired');
});

test('overdue means past the due day and not yet handed over', () => {
  assert.ok(isOverdue('screening', '2026-11-25', '2026-11-26'));
  assert.not.ok(isOverdue('screening', '2026-11-26', '2026-11-26'), 'the due day itself is not late');
  assert.not.ok(isOverdue('shortlisted', '2026-11-01', '2026-11-26'));
});

test.run();
