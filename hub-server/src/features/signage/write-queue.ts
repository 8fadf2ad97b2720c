import type { Db } from '../../infra/db.ts';

/** How long a queued write may wait for others to share its commit. */
const WINDOW_MS = 10;

/**
 * Writes that come in bursts — 200 screens acknowledging one alert or one revision within a few hundred
 * milliseconds — are queued and committed together, WINDOW_MS after the first: one fsync for a slice of the
 * burst instead of one each (each costs 5 ms or more with synchronous=FULL, which would hold the hub for a
 * second; committing at the end of each event-loop turn still made one commit per message or two). Readers flush
 * first, so nobody reads around the queue. A write made inside a caller's transaction (an alert and its audit
 * entry) is part of that commit, not queued: what the caller acknowledges is on disk with it. What is queued is
 * what a device would tell again after a crash (an unanswered command is sent again, and answered again).
 */
export class WriteQueue {
  private queue: Array<() => void> = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  add(write: () => void): void {
    if (this.db.inTransaction) {
      write();
      return;
    }
    this.queue.push(write);
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => this.flush(), WINDOW_MS);
  }

  flush(): void {
    this.scheduled = false;
    if (!this.queue.length) return;
    const writes = this.queue;
    this.queue = [];
    this.db.transaction(() => {
      for (const w of writes) w();
    })();
  }
}
