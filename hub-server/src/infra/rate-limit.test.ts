import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RateLimit } from './rate-limit.ts';

test('allows up to the limit inside the window, then refuses with the time until the oldest hit leaves it', () => {
  let t = 1_000;
  const limit = new RateLimit(3, 60_000, () => t);
  assert.equal([limit.take('a'), limit.take('a'), limit.take('a')].map((r) => r.ok), [true, true, true]);
  t += 10_000;
  assert.equal(limit.check('a'), { ok: false, retryAfterMs: 50_000 }, 'check says the same without counting');
  const refused = limit.take('a');
  assert.equal(refused, { ok: false, retryAfterMs: 50_000 });
  assert.ok(limit.take('b').ok, 'another key has its own window');
  t = 1_000 + 60_000;
  assert.ok(limit.take('a').ok, 'the three hits left the window');
  assert.is(limit.count('a'), 1);
});

test('a refused hit is not counted, and prune forgets keys with nothing left in the window', () => {
  let t = 0;
  const limit = new RateLimit(1, 1000, () => t);
  limit.take('a');
  for (let i = 0; i < 5; i++) limit.take('a');
  t = 1000;
  assert.ok(limit.take('a').ok, 'refusals did not push the window on');
  t = 5000;
  limit.prune();
  assert.is(limit.count('a'), 0);
});

test.run();
