import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DayDigest, StringTable } from './digest.ts';
import type { KpiFacts } from './transactions.ts';

test('a day digest gives back the facts it was made of, nulls included', () => {
  const facts: KpiFacts[] = [
    { queueId: 'placement', serviceId: '3.1.2', counterId: 'counter-3', staff: 'alice', enteredAt: 1_709_514_000_000, called: true, outcome: 'referred', waitMs: 300_000, serviceMs: 480_123, walkMs: 60_000 },
    { queueId: 'consult', serviceId: '1.1.1', counterId: null, staff: null, enteredAt: 1_709_514_060_000, called: false, outcome: 'cancelled', waitMs: null, serviceMs: null, walkMs: null },
    { queueId: 'placement', serviceId: '3.1.2', counterId: 'counter-4', staff: 'bob', enteredAt: 1_709_514_120_000, called: true, outcome: 'no-show', waitMs: 0, serviceMs: null, walkMs: null },
  ];
  const digest = new DayDigest(new StringTable(), facts, 2);
  const back: KpiFacts[] = [];
  digest.forEach((f) => back.push({ ...f }));
  assert.equal(back, facts);
  assert.is(digest.size, 3);
  assert.is(digest.tickets, 2);
});

test('the string table stores each id once', () => {
  const s = new StringTable();
  assert.is(s.id('a'), 0);
  assert.is(s.id('b'), 1);
  assert.is(s.id('a'), 0);
  assert.is(s.id(null), -1);
  assert.is(s.value(1), 'b');
  assert.is(s.value(-1), null);
});

test.run();
