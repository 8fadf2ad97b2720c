import { EventEmitter } from 'node:events';
import type { Db } from '../../infra/db.ts';
import type { PrintDocument, PrintJobState, PrintResult, PrinterFault, TopicBus } from '../../contract/index.ts';
import type { FastifyBaseLogger } from 'fastify';
import { uuidv7 } from '../../infra/ids.ts';

export interface PrintJobView {
  jobId: string;
  printerId: string;
  ticketId: string | null;
  state: PrintJobState;
  faults: PrinterFault[];
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  correlation_id: string;
  printer_id: string;
  ticket_id: string | null;
  document: string;
  state: PrintJobState;
  faults: string;
  created_at: string;
  updated_at: string;
}

const OPEN: PrintJobState[] = ['queued', 'sent', 'waiting-printer'];
export const TERMINAL_PRINT_STATES: PrintJobState[] = ['printed', 'failed', 'expired'];

function view(r: Row, published: boolean): PrintJobView {
  // "sent" is not stored: a queued job this process has handed to the broker shows as sent.
  const state = r.state === 'queued' && published ? 'sent' : r.state;
  return {
    jobId: r.id, printerId: r.printer_id, ticketId: r.ticket_id, state,
    faults: JSON.parse(r.faults) as PrinterFault[], createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

/**
 * The print outbox. A job is stored in the same transaction as what it prints (a ticket), then published
 * QoS 1 to its printer agent. Results come back on the printer's result topic. A job that has not printed is
 * published again when the printer returns, for as long as printing it still helps (PRINT_RETRY_MINUTES);
 * the agent drops duplicates by job id, so a retry never prints twice.
 */
export class PrintOutbox extends EventEmitter<{ change: [PrintJobView] }> {
  private readonly stmts;
  /**
   * Jobs published since this hub started. Kept in memory, not in SQLite: a disk sync per publish would halve
   * ticket throughput, and after a restart every open job is simply published again (the agent dedupes).
   */
  private readonly published = new Set<string>();
  /** Queued jobs not yet handed to the broker: the sweep publishes these without reading every open job. */
  private readonly unsent = new Set<string>();
  /**
   * Jobs just stored, so the dispatch right after the commit need not read back what it wrote. An entry the
   * caller never dispatched (its transaction rolled back) is dropped by the next sweep.
   */
  private readonly fresh = new Map<string, { row: Row; document: PrintDocument }>();

  constructor(
    private readonly db: Db,
    private readonly bus: TopicBus,
    private readonly log: FastifyBaseLogger,
    private readonly retryMs: number,
    private readonly now: () => Date,
  ) {
    super();
    this.setMaxListeners(0); // one listener per waiting long-poll request
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO print_jobs (id, correlation_id, printer_id, ticket_id, document, state, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)`,
      ),
      get: db.prepare('SELECT * FROM print_jobs WHERE id = ?'),
      byTicket: db.prepare('SELECT * FROM print_jobs WHERE ticket_id = ? ORDER BY created_at DESC LIMIT 1'),
      open: db.prepare(`SELECT * FROM print_jobs WHERE printer_id = ? AND state IN ('queued', 'sent', 'waiting-printer') ORDER BY created_at`),
      allOpen: db.prepare(`SELECT * FROM print_jobs WHERE state IN ('queued', 'sent', 'waiting-printer') ORDER BY created_at`),
      stale: db.prepare(`SELECT * FROM print_jobs WHERE state IN ('queued', 'sent', 'waiting-printer') AND created_at < ? ORDER BY created_at`),
      update: db.prepare('UPDATE print_jobs SET state = ?, faults = ?, updated_at = ? WHERE id = ?'),
    };
    // After a restart nothing has been published by this process: every queued job is unsent.
    for (const { id } of db.prepare(`SELECT id FROM print_jobs WHERE state = 'queued'`).all() as Array<{ id: string }>) this.unsent.add(id);
  }

  /** Stores a job; call inside the transaction that creates what it prints, then `dispatch` after commit. */
  enqueue(printerId: string, document: PrintDocument, ticketId: string | null): PrintJobView {
    const id = uuidv7();
    const at = this.now().toISOString();
    const row: Row = {
      id, correlation_id: `print:${id}`, printer_id: printerId, ticket_id: ticketId, document: JSON.stringify(document),
      state: 'queued', faults: '[]', created_at: at, updated_at: at,
    };
    this.stmts.insert.run(id, row.correlation_id, printerId, ticketId, row.document, at, at);
    this.fresh.set(id, { row, document });
    this.unsent.add(id);
    return { jobId: id, printerId, ticketId, state: 'queued', faults: [], createdAt: at, updatedAt: at };
  }

  get(jobId: string): PrintJobView | null {
    const row = this.stmts.get.get(jobId) as Row | undefined;
    return row ? view(row, this.published.has(row.id)) : null;
  }

  forTicket(ticketId: string): PrintJobView | null {
    const row = this.stmts.byTicket.get(ticketId) as Row | undefined;
    return row ? view(row, this.published.has(row.id)) : null;
  }

  /** Publishes a stored job. A failure leaves it queued; `retryOpen` sends it later. */
  async dispatch(jobId: string): Promise<void> {
    const fresh = this.fresh.get(jobId);
    this.fresh.delete(jobId);
    const row = fresh?.row ?? (this.stmts.get.get(jobId) as Row | undefined);
    if (!row || !OPEN.includes(row.state)) {
      this.unsent.delete(jobId);
      return;
    }
    if (this.expireIfStale(row)) return;
    try {
      await this.bus.publish('printJob', { deviceId: row.printer_id }, {
        jobId: row.id,
        correlationId: row.correlation_id,
        issuedAt: row.created_at,
        expiresAt: new Date(Date.parse(row.created_at) + this.retryMs).toISOString(),
        document: fresh?.document ?? (JSON.parse(row.document) as PrintDocument),
      });
      this.published.add(row.id);
      this.unsent.delete(row.id);
      this.changed(row.id);
    } catch (err) {
      this.log.warn({ jobId, err: (err as Error).message }, 'print job not published yet; will retry');
    }
  }

  /** A result from the printer's agent. Results for unknown jobs, or from another printer, are ignored. */
  applyResult(printerId: string, result: PrintResult): void {
    const row = this.stmts.get.get(result.jobId) as Row | undefined;
    if (!row || row.printer_id !== printerId) {
      this.log.warn({ printerId, jobId: result.jobId }, 'print result for a job this printer was not given');
      return;
    }
    if (TERMINAL_PRINT_STATES.includes(row.state)) return; // a duplicate result after the job finished
    this.stmts.update.run(result.state, JSON.stringify(result.faults), this.now().toISOString(), row.id);
    this.unsent.delete(row.id); // the agent has it, whoever published it
    if (TERMINAL_PRINT_STATES.includes(result.state)) this.published.delete(row.id);
    this.changed(row.id);
  }

  /** Sends again every open job of a printer (or of all printers); called when a printer comes back. */
  async retryOpen(printerId?: string): Promise<void> {
    const rows = (printerId ? this.stmts.open.all(printerId) : this.stmts.allOpen.all()) as Row[];
    for (const row of rows) await this.dispatch(row.id);
  }

  /**
   * The periodic pass: expires jobs too old to help anyone, and publishes jobs this process has not published
   * yet (the broker was away, or the hub restarted). Jobs already with an agent are not re-sent here; the agent
   * holds them until it can print.
   */
  async sweep(): Promise<void> {
    this.fresh.clear();
    const cutoff = new Date(this.now().getTime() - this.retryMs).toISOString();
    for (const row of this.stmts.stale.all(cutoff) as Row[]) this.expireIfStale(row);
    for (const id of [...this.unsent]) if (!this.published.has(id)) await this.dispatch(id);
  }

  /** Resolves when the job leaves `from` (or at once if it already has), or after `timeoutMs`. */
  waitForChange(jobId: string, from: PrintJobState | undefined, timeoutMs: number): Promise<PrintJobView | null> {
    const current = this.get(jobId);
    if (!current || current.state !== from || TERMINAL_PRINT_STATES.includes(current.state)) return Promise.resolve(current);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.off('change', onChange);
        resolve(this.get(jobId));
      };
      const onChange = (job: PrintJobView) => {
        if (job.jobId === jobId && job.state !== from) done();
      };
      const timer = setTimeout(done, timeoutMs);
      this.on('change', onChange);
    });
  }

  private expireIfStale(row: Row): boolean {
    if (this.now().getTime() - Date.parse(row.created_at) <= this.retryMs) return false;
    this.stmts.update.run('expired', row.faults, this.now().toISOString(), row.id);
    this.published.delete(row.id);
    this.unsent.delete(row.id);
    this.changed(row.id);
    return true;
  }

  private changed(jobId: string): void {
    if (this.listenerCount('change') === 0) return; // nobody is waiting on a print job: skip the read
    const job = this.get(jobId);
    if (job) this.emit('change', job);
  }
}
