import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../infra/db.ts';

/** How long a queued write may wait for others to share its commit. */
const WINDOW_MS = 10;
/** After a failed commit (a full or read-only disk), how long until the next try. */
const RETRY_MS = 1000;
/** Writes held while the disk refuses them; past this the oldest go, logged (each is an acknowledgement a device repeats). */
const MAX_HELD = 20_000;
/** SQLite's answers for a disk that cannot take the write now; any other failure is a write of its own. */
const DISK_CODES = /^SQLITE_(FULL|READONLY|IOERR|BUSY|LOCKED|CANTOPEN)/;

/**
 * Writes that come in bursts — 200 screens acknowledging one alert or one revision within a few hundred
 * milliseconds — are queued and committed together, WINDOW_MS after the first: one fsync for a slice of the
 * burst instead of one each (each costs 5 ms or more with synchronous=FULL, which would hold the hub for a
 * second; committing at the end of each event-loop turn still made one commit per message or two). Readers flush
 * first, so nobody reads around the queue. A write made inside a caller's transaction (an alert and its audit
 * entry) is part of that commit, not queued: what the caller acknowledges is on disk with it. What is queued is
 * what a device would tell again after a crash (an unanswered command is sent again, and answered again).
 *
 * A commit that fails never escapes as an exception (it runs on a timer, where it would end the hub): while the
 * disk is full or read-only the batch is kept and tried again every RETRY_MS; a write that fails for a reason of
 * its own is found by committing the batch one write at a time, and only that write is dropped, logged.
 */
export class WriteQueue {
  private queue: Array<() => void> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly log?: Pick<FastifyBaseLogger, 'warn' | 'error'>,
  ) {}

  add(write: () => void): void {
    if (this.db.inTransaction) {
      write();
      return;
    }
    this.queue.push(write);
    this.schedule(WINDOW_MS);
  }

  /** Commits what is queued now (readers call it first). A refused commit keeps the writes for the next try. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.queue.length) return;
    const writes = this.queue;
    this.queue = [];
    try {
      this.commit(writes);
    } catch (err) {
      if (DISK_CODES.test((err as { code?: string }).code ?? '')) return this.hold(writes, err as Error);
      this.oneByOne(writes);
    }
  }

  /** Stops the retry timer (the hub is closing); what is still queued was never acknowledged to anyone. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), ms);
    this.timer.unref();
  }

  private commit(writes: Array<() => void>): void {
    this.db.transaction(() => {
      for (const w of writes) w();
    })();
  }

  private hold(writes: Array<() => void>, err: Error): void {
    const all = [...writes, ...this.queue];
    const dropped = Math.max(0, all.length - MAX_HELD);
    this.queue = all.slice(dropped);
    this.log?.warn({ err: err.message, held: this.queue.length, dropped }, 'signage writes held: the disk refused them; tried again shortly');
    this.schedule(RETRY_MS);
  }

  private oneByOne(writes: Array<() => void>): void {
    for (let i = 0; i < writes.length; i++) {
      try {
        this.commit([writes[i]!]);
      } catch (err) {
        if (DISK_CODES.test((err as { code?: string }).code ?? '')) return this.hold(writes.slice(i), err as Error);
        this.log?.error({ err: (err as Error).message }, 'a signage write failed and was dropped');
      }
    }
  }
}
