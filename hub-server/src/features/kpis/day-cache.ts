import { DayDigest, StringTable } from './digest.ts';
import type { TicketLog } from '../queue/ticket-log.ts';
import type { KpiFacts } from './transactions.ts';

/** Days kept: a year report and then some, about 20 MB for a busy hall. */
const MAX_DAYS = 400;
/**
 * Past this many new events (a week of a busy hall) the cache starts afresh: recomputing days yields to the
 * event loop between days, while finding the touched days is one statement that would not.
 */
const MAX_CATCH_UP = 20_000;

/**
 * Digests of service days, kept until an event touches one of the day's tickets. The log is append-only (a
 * trigger refuses edits), so "events after the last look" is exactly what can have changed: each sync reads
 * only those, by id. A day is computed in one synchronous go, so it is current as of that moment and no
 * event can slip between computing it and the next sync.
 */
export class KpiDayCache {
  readonly strings = new StringTable();
  private readonly days = new Map<string, DayDigest>();
  private seen = 0;

  constructor(private readonly store: Pick<TicketLog, 'lastEventId' | 'daysTouched'>) {}

  /** Forgets the days whose tickets have had events since the last sync. */
  sync(): void {
    const last = this.store.lastEventId();
    if (last <= this.seen) return;
    if (last - this.seen > MAX_CATCH_UP) this.days.clear();
    else if (this.days.size) for (const day of this.store.daysTouched(this.seen, last)) this.days.delete(day);
    this.seen = last;
  }

  get(day: string): DayDigest | undefined {
    return this.days.get(day);
  }

  set(day: string, facts: readonly KpiFacts[], tickets: number): DayDigest {
    const digest = new DayDigest(this.strings, facts, tickets);
    this.days.delete(day);
    this.days.set(day, digest);
    // Map order is insertion order: the first key is the day computed longest ago.
    if (this.days.size > MAX_DAYS) this.days.delete(this.days.keys().next().value!);
    return digest;
  }
}
