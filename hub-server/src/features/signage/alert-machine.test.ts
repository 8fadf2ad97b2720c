import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nextAlertState } from './alert-machine.ts';

test('an active alert ends by cancel, by an update that replaces it, or by its expiry', () => {
  assert.is(nextAlertState('active', 'cancel'), 'cancelled');
  assert.is(nextAlertState('active', 'supersede'), 'superseded');
  assert.is(nextAlertState('active', 'expire'), 'expired');
});

test('an ended alert stays ended: a late expiry does not turn a cancel into an expiry', () => {
  for (const s of ['cancelled', 'superseded', 'expired'] as const) {
    for (const e of ['cancel', 'supersede', 'expire'] as const) assert.is(nextAlertState(s, e), s);
  }
});

test.run();
