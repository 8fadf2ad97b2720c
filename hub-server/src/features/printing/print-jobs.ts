import { PRINT_IN_FLIGHT, PRINT_OPEN, type PrintDocument, type PrintJobState, type PrintJobView, type PrintResult, type PrinterFault } from '../../contract/index.ts';
import type { Command, CommandEvent, CommandStore } from '../../infra/commands.ts';
import type { Db } from '../../infra/db.ts';

export interface PrintPayload {
  jobId: string;
  ticketId: string | null;
  document: PrintDocument;
}

export type PrintCommand = Command<PrintJobState, PrintPayload>;

interface Row {
  id: string;
  correlation_id: string;
  printer_id: string;
  ticket_id: string | null;
  state: PrintJobState;
  faults: string;
  created_at: string;
  updated_at: string;
}

/** A print job's correlation id is its job id with this prefix; results echo it. */
export const correlationOf = (jobId: string) => `print:${jobId}`;

const LIGHT = 'id, correlation_id, printer_id, ticket_id, state, faults, created_at, updated_at';
/** The contract's open states as SQL ("sent" is never stored; listing it costs nothing). */
const OPEN = `state IN (${PRINT_OPEN.map((s) => `'${s}'`).join(', ')})`;

/**
 * Print jobs in SQLite (`print_jobs`): a job is written in the same transaction as what it prints (a ticket), so
 * an acknowledged ticket's paper survives a crash. "sent" is not written: a disk sync per publish would halve
 * ticket throughput, and after a restart every queued job is simply sent again (the agent drops duplicates).
 */
export class PrintJobStore implements CommandStore<PrintJobState, PrintPayload, PrintResult> {
  private readonly stmts;
  /** Jobs this process has handed to the broker: shown as "sent" while stored as "queued". */
  private readonly published = new Set<string>();
  /**
   * Documents of jobs just stored, so the send right after the commit need not read them back. An entry whose
   * transaction rolled back has no row and is dropped on the first look.
   */
  private readonly fresh = new Map<string, PrintDocument>();

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO print_jobs (id, correlation_id, printer_id, ticket_id, document, state, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'queued', ?, ?)`,
      ),
      light: db.prepare(`SELECT ${LIGHT} FROM print_jobs WHERE id = ?`),
      document: db.prepare('SELECT document FROM print_jobs WHERE id = ?').pluck(),
      byTicket: db.prepare(`SELECT ${LIGHT} FROM print_jobs WHERE ticket_id = ? ORDER BY created_at DESC LIMIT 1`),
      open: db.prepare(`SELECT ${LIGHT}, document FROM print_jobs WHERE printer_id = ? AND ${OPEN} ORDER BY created_at`),
      allOpen: db.prepare(`SELECT ${LIGHT}, document FROM print_jobs WHERE ${OPEN} ORDER BY created_at`),
      stale: db.prepare(`SELECT ${LIGHT}, document FROM print_jobs WHERE ${OPEN} AND created_at < ? ORDER BY created_at`),
      update: db.prepare('UPDATE print_jobs SET state = ?, faults = ?, updated_at = ? WHERE id = ?'),
    };
  }

  add(cmd: PrintCommand): void {
    const at = new Date(cmd.issuedAt).toISOString();
    const { jobId, ticketId, document } = cmd.payload;
    this.stmts.insert.run(jobId, cmd.correlationId, cmd.deviceId, ticketId, JSON.stringify(document), at, at);
    this.fresh.set(jobId, document);
  }

  get(correlationId: string): PrintCommand | undefined {
    const jobId = correlationId.startsWith('print:') ? correlationId.slice(6) : '';
    const row = this.stmts.light.get(jobId) as Row | undefined;
    const fresh = this.fresh.get(jobId);
    this.fresh.delete(jobId);
    if (!row || row.correlation_id !== correlationId) return undefined;
    // Answers and state changes never look at the document: it is read only when the job is sent again.
    return this.command(row, fresh ?? (() => JSON.parse(this.stmts.document.get(jobId) as string) as PrintDocument));
  }

  moved(cmd: PrintCommand, _from: PrintJobState, event: CommandEvent<PrintResult>, at: number): void {
    const { jobId } = cmd.payload;
    if (cmd.state === 'sent') {
      this.published.add(jobId);
      return;
    }
    if (event.type === 'reply' || !PRINT_IN_FLIGHT.includes(cmd.state)) this.published.delete(jobId);
    const faults = event.type === 'reply' ? JSON.stringify(event.reply.faults) : null;
    const row = faults === null ? (this.stmts.light.get(jobId) as Row | undefined) : undefined;
    this.stmts.update.run(cmd.state, faults ?? row?.faults ?? '[]', new Date(at).toISOString(), jobId);
  }

  open(printerId?: string): PrintCommand[] {
    const rows = (printerId ? this.stmts.open.all(printerId) : this.stmts.allOpen.all()) as Array<Row & { document: string }>;
    return rows.map((r) => this.command(r, JSON.parse(r.document) as PrintDocument));
  }

  issuedBefore(before: number): PrintCommand[] {
    this.fresh.clear(); // the sweep: anything still here was never sent, because its transaction rolled back
    return (this.stmts.stale.all(new Date(before).toISOString()) as Array<Row & { document: string }>)
      .map((r) => this.command(r, JSON.parse(r.document) as PrintDocument));
  }

  view(jobId: string): PrintJobView | null {
    const row = this.stmts.light.get(jobId) as Row | undefined;
    return row ? this.toView(row) : null;
  }

  forTicket(ticketId: string): PrintJobView | null {
    const row = this.stmts.byTicket.get(ticketId) as Row | undefined;
    return row ? this.toView(row) : null;
  }

  private state(r: Row): PrintJobState {
    return r.state === 'queued' && this.published.has(r.id) ? 'sent' : r.state;
  }

  private command(r: Row, document: PrintDocument | (() => PrintDocument)): PrintCommand {
    let doc = typeof document === 'function' ? null : document;
    const read = typeof document === 'function' ? document : null;
    return {
      correlationId: r.correlation_id, deviceId: r.printer_id, state: this.state(r), issuedAt: Date.parse(r.created_at), attempts: 0,
      payload: {
        jobId: r.id, ticketId: r.ticket_id,
        get document() {
          doc ??= read!();
          return doc;
        },
      },
    };
  }

  private toView(r: Row): PrintJobView {
    return {
      jobId: r.id, printerId: r.printer_id, ticketId: r.ticket_id, state: this.state(r),
      faults: JSON.parse(r.faults) as PrinterFault[], createdAt: r.created_at, updatedAt: r.updated_at,
    };
  }
}
