import type { FastifyBaseLogger } from 'fastify';
import {
  isOpenPrint, type PrintDocument, type PrintJobState, type PrintJobView, type PrintStatus, type PrinterFault, type TopicBus,
} from '../../contract/index.ts';
import { CommandChannel } from '../../infra/commands.ts';
import type { Catalogue } from '../../infra/content.ts';
import type { Db } from '../../infra/db.ts';
import type { DomainEventBus } from '../../infra/events.ts';
import { fieldError } from '../../infra/errors.ts';
import { uuidv7 } from '../../infra/ids.ts';
import { printMachine } from './job-machine.ts';
import { PrintJobStore, correlationOf, type PrintPayload } from './print-jobs.ts';

export interface PrintingOptions {
  db: Db;
  bus: TopicBus;
  catalogue: Catalogue;
  /** Why a printer cannot print now (the devices capability). */
  printerFaults(printerId: string): PrinterFault[];
  /** How long a job is worth printing, from its issue (PRINT_RETRY_MINUTES). */
  retryMs: number;
  events?: DomainEventBus;
  now(): Date;
  log: FastifyBaseLogger;
}

/**
 * Printing, the device-command mechanism's first user: one entry point, `print(kioskId, document)`, for every
 * ticket, slip and receipt. A job is stored in the caller's transaction and sent to the kiosk's printer agent
 * once that has committed; the agent's results are matched to it by correlation id. A job not yet printed is
 * sent again when its printer or the broker comes back, for as long as printing it still helps.
 */
export class Printing {
  private readonly store: PrintJobStore;
  private readonly channel: CommandChannel<'printJob', 'printResult', PrintJobState, PrintPayload>;

  constructor(private readonly o: PrintingOptions) {
    this.store = new PrintJobStore(o.db);
    this.channel = new CommandChannel({
      bus: o.bus, command: 'printJob', reply: 'printResult', machine: printMachine, store: this.store, log: o.log,
      policy: { answerWithinMs: null, retries: 0, ttlMs: o.retryMs, resendOnReconnect: true },
      encode: (cmd, ttlMs) => ({
        jobId: cmd.payload.jobId, correlationId: cmd.correlationId, issuedAt: new Date(cmd.issuedAt).toISOString(), ttlMs, document: cmd.payload.document,
      }),
      now: () => o.now().getTime(),
      // The fleet's command log; read from the payload without touching the stored document.
      events: o.events, journalKind: 'print',
      describe: (cmd) => (cmd.payload.ticketId ? `ticket ${cmd.payload.ticketId.slice(0, 8)}` : `job ${cmd.payload.jobId.slice(0, 8)}`),
      detail: (r) => [r.state, ...r.faults].join(' '),
    });
  }

  start(): Promise<void> {
    return this.channel.start();
  }

  stop(): Promise<void> {
    return this.channel.stop();
  }

  /**
   * Prints a document on a kiosk's printer; null when the kiosk has none. Call it inside the transaction that
   * stores what it prints: the job is sent only if that commits.
   */
  print(kioskId: string, document: PrintDocument, opts: { ticketId?: string; field?: string } = {}): PrintJobView | null {
    const kiosk = this.o.catalogue.kiosk(kioskId);
    if (!kiosk) throw fieldError(422, opts.field ?? 'body.kioskId', `no kiosk ${kioskId}`);
    if (!kiosk.printer) return null;
    const jobId = uuidv7();
    const cmd = this.channel.issue(kiosk.printer, correlationOf(jobId), { jobId, ticketId: opts.ticketId ?? null, document });
    const at = new Date(cmd.issuedAt).toISOString();
    return { jobId, printerId: kiosk.printer, ticketId: opts.ticketId ?? null, state: 'queued', faults: [], createdAt: at, updatedAt: at };
  }

  get(jobId: string): PrintJobView | null {
    return this.store.view(jobId);
  }

  forTicket(ticketId: string): PrintJobView | null {
    return this.store.forTicket(ticketId);
  }

  /** Where a job's paper is; while the job is open the printer's faults now say why it waits. */
  status(job: PrintJobView): PrintStatus {
    return { jobId: job.jobId, printerId: job.printerId, state: job.state, faults: isOpenPrint(job.state) ? this.o.printerFaults(job.printerId) : job.faults };
  }

  /** Resolves when the job leaves `from` (or at once if it already has, or is done), or after `timeoutMs`. */
  async waitForChange(jobId: string, from: PrintJobState, timeoutMs: number): Promise<PrintJobView | null> {
    await this.channel.waitFor(correlationOf(jobId), (cmd) => cmd.state !== from, timeoutMs);
    return this.get(jobId);
  }

  /** A printer came back: its agent may have lost what it held, so every job it has not printed goes again. */
  printerReturned(printerId: string): Promise<void> {
    return this.channel.resend(printerId);
  }

  /** For tests and the sweep timer: expire stale jobs, send unsent ones. */
  sweep(): Promise<void> {
    return this.channel.sweep();
  }
}

