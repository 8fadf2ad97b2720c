import { KpiOutcome, type KpiFigures } from '../../contract/index.ts';
import { isServed, type KpiFacts } from './transactions.ts';

/**
 * Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it, the
 * ceil(p/100 · n)-th smallest. Always an observed value, so "p90 wait 12.0 min" is a wait somebody had; the
 * same method as the benchmark table. Found by selection, not sorting: linear time, so a year of waits does
 * not hold up the hub.
 */
export function nearestRank(samples: Float64Array, p: number): number | null {
  const n = samples.length;
  if (!n) return null;
  return select(samples.slice(), Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1)));
}

/** The k-th smallest value (0-based) by Hoare's quickselect; reorders `a`. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** A growable list of numbers in a Float64Array: a year's samples without boxing. */
class Samples {
  private buf = new Float64Array(64);
  length = 0;

  push(x: number): void {
    if (this.length === this.buf.length) {
      const bigger = new Float64Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.length++] = x;
  }

  values(): Float64Array {
    return this.buf.subarray(0, this.length);
  }
}

/**
 * Running totals of one group. Waits and service times are kept as samples (a year of a hall is a few hundred
 * thousand numbers) so the p90 is exact rather than read off a histogram.
 */
export class FigureBucket {
  transactions = 0;
  called = 0;
  served = 0;
  noShows = 0;
  withinTarget = 0;
  walkSum = 0;
  walkCount = 0;
  private readonly waits = new Samples();
  private readonly services = new Samples();
  readonly outcomes = Object.fromEntries(KpiOutcome.options.map((o) => [o, 0])) as Record<KpiOutcome, number>;

  /** `targetMs`: the service-level target of the line the transaction waited in. */
  add(t: KpiFacts, targetMs: number): void {
    this.transactions++;
    this.outcomes[t.outcome]++;
    if (t.called) this.called++;
    if (isServed(t.outcome)) this.served++;
    if (t.outcome === 'no-show') this.noShows++;
    if (t.waitMs !== null) {
      this.waits.push(t.waitMs);
      if (t.waitMs <= targetMs) this.withinTarget++;
    }
    if (t.serviceMs !== null) this.services.push(t.serviceMs);
    if (t.walkMs !== null) {
      this.walkSum += t.walkMs;
      this.walkCount++;
    }
  }

  figures(): KpiFigures {
    const waits = this.waits.values();
    const services = this.services.values();
    const avgSec = (xs: Float64Array) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length / 1000) : null);
    const p90Sec = (xs: Float64Array) => {
      const v = nearestRank(xs, 90);
      return v === null ? null : round1(v / 1000);
    };
    return {
      transactions: this.transactions,
      called: this.called,
      served: this.served,
      noShows: this.noShows,
      waitCount: waits.length,
      waitAvgSec: avgSec(waits),
      waitP90Sec: p90Sec(waits),
      serviceCount: services.length,
      serviceAvgSec: avgSec(services),
      serviceP90Sec: p90Sec(services),
      walkAvgSec: this.walkCount ? round1(this.walkSum / this.walkCount / 1000) : null,
      noShowRate: this.called ? round4(this.noShows / this.called) : null,
      withinTargetShare: waits.length ? round4(this.withinTarget / waits.length) : null,
      outcomes: { ...this.outcomes },
    };
  }
}
