import type { PrintJob, PrinterFault, PrinterState, TopicBus } from '@jobhall/hub-server/contract';
import { DeviceAgent, type AgentConnection } from '../agent/device-agent.ts';
import type { AgentLog } from '../agent/log.ts';
import { DEFAULT_PROFILE, encodeDocument, type PrinterProfile } from './escpos/encoder.ts';
import { decodeStatus, type DecodedStatus } from './escpos/status.ts';
import { isFinal, nextJobState, resultState, type JobEvent, type JobState } from './job-machine.ts';
import { DoneJobs } from './done-jobs.ts';
import { SimTransport, type PrinterTransport } from './transports/index.ts';

/** How long a stop waits for the slip being printed (a slip takes well under a second; a hung printer does not). */
const STOP_WAIT_MS = 5000;

export interface PrinterAgentOptions {
  connection: AgentConnection;
  transport: PrinterTransport;
  log: AgentLog;
  /** Where finished job ids are remembered across restarts; null keeps them in memory only. */
  stateDir: string | null;
  /** DLE EOT poll interval; 5 s finds a fault well within the 10 s staff see device health in. */
  pollMs?: number;
  profile?: PrinterProfile;
}

interface Entry {
  job: PrintJob;
  state: JobState;
  /** This agent's clock (ms) after which the job is dropped: receipt plus the job's ttlMs. */
  deadline: number;
}

/**
 * Drives one ESC/POS printer: takes print jobs from its command topic, prints them one at a time, reads the
 * printer's status back before and after each job, and publishes the job results and the retained printer
 * state. Jobs the printer cannot print now are held and printed when it recovers, until they expire.
 */
export class PrinterAgent extends DeviceAgent {
  private readonly queue: Entry[] = [];
  private readonly done: DoneJobs;
  private status: DecodedStatus | null = null;
  private poller: NodeJS.Timeout | null = null;
  private busy = false;
  /** The job being printed now, if any: a stop waits for it. */
  private printing: Promise<void> | null = null;
  /** Set by stop(): no further job is started. */
  private stopping = false;
  private polling: Promise<DecodedStatus> | null = null;
  private unsubscribe: Array<() => Promise<void>> = [];

  constructor(private readonly opts: PrinterAgentOptions) {
    super(opts.connection, 'printer', opts.log);
    this.done = new DoneJobs(opts.stateDir);
  }

  get transport(): PrinterTransport {
    return this.opts.transport;
  }

  protected async onStart(bus: TopicBus): Promise<void> {
    this.done.load();
    this.unsubscribe = [
      await bus.subscribe('printJob', (job) => this.accept(job), { deviceId: this.deviceId }),
      await bus.subscribe('simPrinter', (control) => {
        if (!(this.transport instanceof SimTransport)) {
          this.log.warn({}, 'fault injection ignored: this is a real printer');
          return;
        }
        this.transport.emulator.set(control);
        void this.poll();
      }, { deviceId: this.deviceId }),
    ];
    await this.poll();
    this.poller = setInterval(() => void this.poll(), this.opts.pollMs ?? 5000);
  }

  protected async onStop(): Promise<void> {
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
    // A service manager's SIGTERM may come while a slip is going out: the slip is finished and recorded as done
    // before the printer is let go. Stopping mid-slip left it printed but not recorded, and the hub's resend
    // after the restart printed it a second time. A printer that hangs does not hold the stop for long.
    this.stopping = true;
    await Promise.race([this.printing, new Promise((r) => setTimeout(r, STOP_WAIT_MS).unref())]);
    await Promise.all(this.unsubscribe.map((u) => u().catch(() => {})));
    await this.transport.close();
  }

  protected override onConnect(): void {
    void this.publishState();
  }

  /** Jobs waiting for the printer, oldest first (for the admin page and tests). */
  get pending(): ReadonlyArray<{ jobId: string; phase: JobState['phase'] }> {
    return this.queue.map((e) => ({ jobId: e.job.jobId, phase: e.state.phase }));
  }

  private accept(job: PrintJob): void {
    const finished = this.done.get(job.jobId);
    if (finished) {
      // A redelivery or a retry of a job already finished: answer again, print nothing.
      void this.bus?.publish('printResult', { deviceId: this.deviceId }, finished).catch(() => {});
      return;
    }
    if (this.queue.some((e) => e.job.jobId === job.jobId)) return;
    this.queue.push({ job, state: { phase: 'queued' }, deadline: Date.now() + job.ttlMs });
    void this.drain();
  }

  /** Prints queued jobs in order; stops at the first the printer cannot take, and the poll resumes it. */
  private async drain(): Promise<void> {
    if (this.busy || this.stopping) return;
    this.busy = true;
    try {
      while (this.queue.length && !this.stopping) {
        const entry = this.queue[0]!;
        this.printing = this.step(entry);
        await this.printing;
        if (!isFinal(entry.state)) break;
        this.queue.shift();
      }
    } finally {
      this.printing = null;
      this.busy = false;
    }
  }

  private async step(entry: Entry): Promise<void> {
    const { event, bytes } = await this.attempt(entry);
    const before = entry.state;
    entry.state = nextJobState(entry.state, event);
    // Still held for the same reason: the hub already knows.
    if (JSON.stringify(before) === JSON.stringify(entry.state)) return;
    const faults: PrinterFault[] = entry.state.phase === 'waiting-printer' || entry.state.phase === 'failed' ? entry.state.faults : [];
    const result = {
      jobId: entry.job.jobId, correlationId: entry.job.correlationId, state: resultState(entry.state),
      faults, bytes, at: new Date().toISOString(),
    };
    if (isFinal(entry.state)) this.done.add(result);
    // Not awaited: with the broker away, mqtt.js keeps the QoS 1 result and sends it after the reconnect,
    // and the next job need not wait for that.
    this.bus?.publish('printResult', { deviceId: this.deviceId }, result)
      .catch((err: Error) => this.log.warn({ jobId: entry.job.jobId, err: err.message }, 'print result not published'));
  }

  private async attempt({ job, deadline }: Entry): Promise<{ event: JobEvent; bytes: number }> {
    if (Date.now() >= deadline) return { event: { type: 'expired' }, bytes: 0 };
    let bytes: Uint8Array;
    try {
      bytes = encodeDocument(job.document, this.opts.profile ?? DEFAULT_PROFILE).bytes;
    } catch (err) {
      this.log.error({ jobId: job.jobId, err: (err as Error).message }, 'document could not be encoded');
      return { event: { type: 'unencodable' }, bytes: 0 };
    }
    const before = await this.poll();
    if (before.faults.length) return { event: { type: 'printer-faulted', faults: before.faults }, bytes: 0 };
    try {
      await this.transport.write(bytes);
    } catch (err) {
      this.log.warn({ jobId: job.jobId, err: (err as Error).message }, 'printer not reachable');
      await this.poll();
      return { event: { type: 'write-failed', faults: ['unreachable'] }, bytes: 0 };
    }
    const after = await this.poll();
    if (after.faults.length) return { event: { type: 'written-faulted', faults: after.faults }, bytes: bytes.length };
    this.log.info({ jobId: job.jobId, bytes: bytes.length }, 'printed');
    return { event: { type: 'written-clean' }, bytes: bytes.length };
  }

  /**
   * Reads DLE EOT 1–4, publishes the state when it changed, and resumes held jobs once the printer is clean.
   * Calls while a read is under way share it, so a slow or silent printer never piles up status requests.
   */
  private poll(): Promise<DecodedStatus> {
    this.polling ??= this.readStatus().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  private async readStatus(): Promise<DecodedStatus> {
    const t = this.transport;
    const none = { printer: null, offlineCause: null, errorCause: null, paper: null };
    let bytes: typeof none | { printer: number | null; offlineCause: number | null; errorCause: number | null; paper: number | null } = none;
    if (t.canReadStatus) {
      const printer = await t.status(1);
      // No answer to the first request: the printer is off or unplugged; asking three more times only adds delay.
      if (printer !== null) bytes = { printer, offlineCause: await t.status(2), errorCause: await t.status(3), paper: await t.status(4) };
    }
    let status = decodeStatus(bytes);
    // A printer that can report status but answered nothing is switched off or unplugged.
    if (t.canReadStatus && !status.statusKnown) status = { faults: ['unreachable'], paperNearEnd: false, statusKnown: true };
    const changed = JSON.stringify(status) !== JSON.stringify(this.status);
    this.status = status;
    if (changed) {
      this.log.info({ faults: status.faults, paperNearEnd: status.paperNearEnd }, 'printer status');
      await this.publishState();
    }
    if (!status.faults.length && this.queue.length && !this.busy) void this.drain();
    return status;
  }

  private async publishState(): Promise<void> {
    if (!this.status || !this.bus) return;
    const state: PrinterState = {
      deviceId: this.deviceId, transport: this.transport.kind, faults: this.status.faults,
      paperNearEnd: this.status.paperNearEnd, statusKnown: this.status.statusKnown, at: new Date().toISOString(),
    };
    this.bus.publish('printerState', { deviceId: this.deviceId }, state)
      .catch((err: Error) => this.log.warn({ err: err.message }, 'printer state not published'));
  }
}
