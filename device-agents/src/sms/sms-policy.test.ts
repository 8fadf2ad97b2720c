import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { rateCheck, retryDelay } from './sms-policy.ts';

test('retries back off and then settle at ten minutes', () => {
  assert.equal([1, 2, 3, 4, 5, 9].map(retryDelay), [5_000, 15_000, 60_000, 300_000, 600_000, 600_000]);
});

test('a number gets three messages in ten minutes and ten a day; the next waits for its turn', () => {
  const limits = { per10min: 3, perDay: 10 };
  const now = 1_000_000_000;
  assert.equal(rateCheck([now - 1000, now - 2000], now, limits), { ok: true });
  assert.equal(rateCheck([now - 60_000, now - 2000, now - 1000], now, limits), { ok: false, notBefore: now - 60_000 + 600_000 });
  assert.equal(rateCheck([now - 700_000, now - 2000, now - 1000], now, limits), { ok: true }, 'one fell out of the window');
  const day = Array.from({ length: 10 }, (_, i) => now - 3_600_000 * (i + 1));
  assert.equal(rateCheck(day, now, limits), { ok: false, notBefore: now - 3_600_000 * 10 + 86_400_000 });
});

test.run();
