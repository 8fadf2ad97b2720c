import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FigureBucket, nearestRank } from './figures.ts';
import type { KpiFacts } from './transactions.ts';

const MIN = 60_000;
const fact = (over: Partial<KpiFacts>): KpiFacts => ({
  queueId: 'placement', serviceId: '3.1.2', counterId: 'counter-3', staff: 'alice', enteredAt: 0, called: true,
  outcome: 'completed', waitMs: null, serviceMs: null, walkMs: null, ...over,
});

test('p90 is the nearest rank: an observed value with at least 90 % of the samples at or below it', () => {
  const oneTo = (n: number) => Float64Array.from({ length: n }, (_, i) => i + 1);
  assert.is(nearestRank(oneTo(10), 90), 9);
  assert.is(nearestRank(oneTo(20), 90), 18);
  assert.is(nearestRank(oneTo(11), 90), 10, 'ceil(9.9) = 10th value');
  assert.is(nearestRank(Float64Array.of(1, 3, 5), 90), 5);
  assert.is(nearestRank(Float64Array.of(7), 90), 7);
  assert.is(nearestRank(new Float64Array(0), 90), null);
});

test('selection finds the same value as sorting, in any order and with ties, and leaves the samples alone', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let round = 0; round < 200; round++) {
    const n = 1 + Math.floor(random() * 300);
    const xs = Float64Array.from({ length: n }, () => Math.floor(random() * (round % 2 ? 5 : 10_000)));
    const before = xs.slice();
    const sorted = xs.slice().sort();
    for (const p of [50, 90, 95, 100]) assert.is(nearestRank(xs, p), sorted[Math.ceil((p / 100) * n) - 1], `n=${n} p=${p}`);
    assert.equal([...xs], [...before]);
  }
});

test('averages and p90 in seconds, rates as shares; a wait exactly at the target is within it', () => {
  const b = new FigureBucket();
  const target = 20 * MIN;
  b.add(fact({ waitMs: 5 * MIN, serviceMs: 8 * MIN, walkMs: MIN }), target);
  b.add(fact({ waitMs: 20 * MIN, outcome: 'no-show' }), target);
  b.add(fact({ waitMs: 25 * MIN, serviceMs: 2 * MIN, walkMs: 3 * MIN, outcome: 'transferred' }), target);
  b.add(fact({ waitMs: 5 * MIN, serviceMs: 14 * MIN, outcome: 'information-only' }), target);
  b.add(fact({ called: false, outcome: 'cancelled', counterId: null, staff: null }), target);
  const f = b.figures();
  assert.is(f.transactions, 5);
  assert.is(f.called, 4);
  assert.is(f.served, 2, 'completed and information-only are finishes');
  assert.is(f.noShows, 1);
  assert.is(f.noShowRate, 0.25);
  assert.is(f.waitCount, 4);
  assert.is(f.waitAvgSec, 13.75 * 60);
  assert.is(f.waitP90Sec, 25 * 60);
  assert.is(f.withinTargetShare, 0.75, '5, 20 and 5 minutes are within 20');
  assert.is(f.serviceCount, 3);
  assert.is(f.serviceAvgSec, 8 * 60);
  assert.is(f.serviceP90Sec, 14 * 60);
  assert.is(f.walkAvgSec, 120);
  assert.equal(f.outcomes, {
    completed: 1, 'needs-documents': 0, referred: 0, 'information-only': 1, other: 0,
    'no-show': 1, transferred: 1, parked: 0, cancelled: 1, unfinished: 0,
  });
});

test('nothing measured gives nulls, not zeros or NaN', () => {
  const b = new FigureBucket();
  b.add(fact({ called: false, outcome: 'unfinished' }), MIN);
  const f = b.figures();
  assert.equal([f.waitAvgSec, f.waitP90Sec, f.serviceAvgSec, f.serviceP90Sec, f.walkAvgSec, f.noShowRate, f.withinTargetShare], [null, null, null, null, null, null, null]);
  assert.is(new FigureBucket().figures().transactions, 0);
});

test('many samples: the buffers grow and the p90 stays exact', () => {
  const b = new FigureBucket();
  for (let i = 1000; i >= 1; i--) b.add(fact({ waitMs: i * 1000 }), 600_000);
  const f = b.figures();
  assert.is(f.waitP90Sec, 900);
  assert.is(f.waitAvgSec, 500.5);
  assert.is(f.withinTargetShare, 0.6);
});

test.run();
