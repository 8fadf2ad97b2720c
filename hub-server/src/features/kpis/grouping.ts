import type { Counter, KpiFigures, KpiGroupBy, KpiRow, LocalizedText, QueueLine, ServiceFunction } from '../../contract/index.ts';
import { FigureBucket } from './figures.ts';
import { localHourFn } from './calendar.ts';
import type { KpiFacts } from './transactions.ts';

/** What naming and ordering the rows needs from the hall: its lines, counters, functions and staff. */
export interface KpiHall {
  timezone: string;
  queues: readonly QueueLine[];
  counters: readonly Counter[];
  services: readonly Pick<ServiceFunction, 'id' | 'zh' | 'en'>[];
  /** username → display name */
  staffNames: ReadonlyMap<string, string>;
}

/** For a line no longer in hall.json (renamed or removed since): the contract's default target, in minutes. */
const DEFAULT_TARGET_MIN = 15;

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
const NOT_CALLED: LocalizedText = { zh: '未叫号', en: 'Not called' };
const same = (s: string): LocalizedText => ({ zh: s, en: s });

/** "1.2.10" after "1.2.9": handbook ids compare part by part as numbers. */
function compareIds(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * Adds visit transactions into one bucket per group and one for all, then names and orders the rows. Each
 * transaction is judged against the target of the line it waited in, whatever the grouping.
 */
export class KpiGrouping {
  private readonly buckets = new Map<string | null, FigureBucket>();
  private readonly all = new FigureBucket();
  private readonly targetMs = new Map<string, number>();
  private readonly keyOf: (t: KpiFacts) => string | null;

  constructor(
    readonly groupBy: KpiGroupBy,
    private readonly hall: KpiHall,
  ) {
    for (const q of hall.queues) this.targetMs.set(q.id, q.serviceLevelMinutes * 60_000);
    const hourOf = localHourFn(hall.timezone);
    this.keyOf = {
      queue: (t: KpiFacts) => t.queueId,
      service: (t: KpiFacts) => t.serviceId,
      counter: (t: KpiFacts) => t.counterId,
      staff: (t: KpiFacts) => t.staff,
      hour: (t: KpiFacts) => HOURS[hourOf(t.enteredAt)]!,
    }[groupBy];
  }

  add(t: KpiFacts): void {
    const key = this.keyOf(t);
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new FigureBucket()));
    const target = this.targetMs.get(t.queueId) ?? DEFAULT_TARGET_MIN * 60_000;
    bucket.add(t, target);
    this.all.add(t, target);
  }

  rows(): KpiRow[] {
    const rows = [...this.buckets].map(([key, bucket]) => ({ key, ...this.describe(key), ...bucket.figures() }));
    const order = this.order();
    return rows.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : order(a.key, b.key)));
  }

  totals(): KpiFigures {
    return this.all.figures();
  }

  private describe(key: string | null): { label: LocalizedText; targetMinutes: number | null } {
    const { hall } = this;
    if (key === null) return { label: NOT_CALLED, targetMinutes: null };
    switch (this.groupBy) {
      case 'queue': {
        const q = hall.queues.find((x) => x.id === key);
        return { label: q?.name ?? same(key), targetMinutes: q?.serviceLevelMinutes ?? null };
      }
      case 'service': {
        const s = hall.services.find((x) => x.id === key);
        return { label: s ? { zh: `${key} ${s.zh}`, en: `${key} ${s.en}` } : same(key), targetMinutes: null };
      }
      case 'counter':
        return { label: hall.counters.find((c) => c.id === key)?.name ?? same(key), targetMinutes: null };
      case 'staff': {
        const name = hall.staffNames.get(key);
        return { label: same(name && name !== key ? `${name} (${key})` : key), targetMinutes: null };
      }
      case 'hour': {
        const next = String(Number(key) + 1).padStart(2, '0');
        return { label: same(`${key}:00–${next}:00`), targetMinutes: null };
      }
    }
  }

  private order(): (a: string, b: string) => number {
    const { hall } = this;
    const byPosition = (ids: string[]) => (a: string, b: string) => {
      const i = ids.indexOf(a);
      const j = ids.indexOf(b);
      return (i < 0 ? Infinity : i) - (j < 0 ? Infinity : j) || a.localeCompare(b);
    };
    switch (this.groupBy) {
      case 'queue':
        return byPosition(hall.queues.map((q) => q.id));
      case 'counter':
        return byPosition([...hall.counters].sort((a, b) => a.window - b.window).map((c) => c.id));
      case 'service':
        return compareIds;
      case 'staff':
      case 'hour':
        return (a, b) => a.localeCompare(b);
    }
  }
}
