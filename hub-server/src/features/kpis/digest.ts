import { KpiOutcome } from '../../contract/index.ts';
import type { KpiFacts } from './transactions.ts';

const OUTCOMES = KpiOutcome.options;
const OUTCOME_INDEX = new Map<string, number>(OUTCOMES.map((o, i) => [o, i]));

/** Ids repeat (a few lines, counters and staff): each is stored once and referred to by number. */
export class StringTable {
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [];

  id(s: string | null): number {
    if (s === null) return -1;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.values.push(s) - 1;
      this.index.set(s, i);
    }
    return i;
  }

  value(i: number): string | null {
    return i < 0 ? null : this.values[i]!;
  }
}

/**
 * One service day's visit transactions, reduced to what the figures need and stored column by column in typed
 * arrays (about 50 bytes each; a busy year is under 20 MB), so the cache can hold every day of a year report.
 */
export class DayDigest {
  readonly size: number;
  private readonly ids: Int32Array;
  private readonly flags: Uint8Array;
  private readonly times: Float64Array;

  constructor(
    private readonly strings: StringTable,
    facts: readonly KpiFacts[],
    /** Tickets issued that day. */
    readonly tickets: number,
  ) {
    const n = (this.size = facts.length);
    this.ids = new Int32Array(n * 4);
    this.flags = new Uint8Array(n * 2);
    this.times = new Float64Array(n * 4);
    facts.forEach((f, i) => {
      this.ids.set([strings.id(f.queueId), strings.id(f.serviceId), strings.id(f.counterId), strings.id(f.staff)], i * 4);
      this.flags[i * 2] = OUTCOME_INDEX.get(f.outcome)!;
      this.flags[i * 2 + 1] = f.called ? 1 : 0;
      // NaN stands for "not measured".
      this.times.set([f.enteredAt, f.waitMs ?? NaN, f.serviceMs ?? NaN, f.walkMs ?? NaN], i * 4);
    });
  }

  /**
   * Hands each transaction to `use` as the same reused object, so a year is read without allocating per row;
   * `use` must not keep it.
   */
  forEach(use: (f: KpiFacts) => void): void {
    const { ids, flags, times, strings } = this;
    const f: KpiFacts = { queueId: '', serviceId: '', counterId: null, staff: null, enteredAt: 0, called: false, outcome: 'completed', waitMs: null, serviceMs: null, walkMs: null };
    const measured = (x: number) => (Number.isNaN(x) ? null : x);
    for (let i = 0; i < this.size; i++) {
      f.queueId = strings.value(ids[i * 4]!)!;
      f.serviceId = strings.value(ids[i * 4 + 1]!)!;
      f.counterId = strings.value(ids[i * 4 + 2]!);
      f.staff = strings.value(ids[i * 4 + 3]!);
      f.outcome = OUTCOMES[flags[i * 2]!]!;
      f.called = flags[i * 2 + 1] === 1;
      f.enteredAt = times[i * 4]!;
      f.waitMs = measured(times[i * 4 + 1]!);
      f.serviceMs = measured(times[i * 4 + 2]!);
      f.walkMs = measured(times[i * 4 + 3]!);
      use(f);
    }
  }
}
