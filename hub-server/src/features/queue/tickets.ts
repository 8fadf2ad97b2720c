import crypto from 'node:crypto';
import type { PrintDocument, PrintJobView, PrintStatus, Priority, QueueLine, Ticket, TicketSource } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { estimateWait } from './estimate.ts';
import { formatNumber, issuedOn, MAX_SEQ_PER_DAY, nextSeq } from './numbering.ts';
import { minuteOfDay, serviceDay } from '../../infra/clock.ts';
import { ticketSlip } from './slip.ts';
import type { TicketRow, TicketStore } from './store.ts';
import { uuidv7 } from '../../infra/ids.ts';

/** What issuing needs of printing (app.printing). */
export interface TicketPrinting {
  print(kioskId: string, document: PrintDocument, opts: { ticketId: string }): PrintJobView | null;
  forTicket(ticketId: string): PrintJobView | null;
  status(job: PrintJobView): PrintStatus;
}

/** A refusal the kiosk shows as a friendly sentence in both languages, not as an error screen. */
function refusal(code: string, text: { zh: string; en: string }): HttpError {
  return new HttpError(409, code, text.en, undefined, text);
}

export function isOpen(queue: QueueLine, at: Date, timeZone: string): boolean {
  const [from, to] = queue.hours.split('-').map((hm) => {
    const [h, m] = hm.split(':').map(Number);
    return h! * 60 + m!;
  }) as [number, number];
  const minute = minuteOfDay(at, timeZone);
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to; // overnight hours wrap
}

interface Issued {
  row: TicketRow;
  job: PrintJobView | null;
  wait: { peopleAhead: number; minutes: number };
}

export interface IssueRequest {
  serviceId: string;
  priority: Priority;
  source: TicketSource;
  /** The kiosk whose printer prints the ticket; null for staff-desk and phone tickets (no paper). */
  kioskId: string | null;
  /** For a checked-in appointment: the slot start, from which the ticket is called ahead of walk-ins. */
  appointmentAt?: string;
  /** Called inside the issuing transaction, e.g. to link an appointment to its ticket. */
  within?: (ticket: TicketRow) => void;
}

/** Issuing tickets and showing them: the number, the print job, the wait estimate. */
export class TicketService {
  constructor(
    private readonly hub: HubContext,
    private readonly store: TicketStore,
    private readonly printing: TicketPrinting,
  ) {}

  private get tz(): string {
    return this.hub.catalogue.hall.timezone;
  }

  today(): string {
    return serviceDay(this.hub.now(), this.tz);
  }

  /**
   * Issues a ticket. Requests that arrive in the same event-loop turn share one transaction and so one disk
   * sync (group commit): with eight kiosks tapping at once that is what lets numbering keep up. Each ticket
   * runs in its own savepoint, so a refusal (a full day) rolls back only that ticket. The promise resolves
   * after the commit: an acknowledged ticket is on disk.
   */
  issue(req: IssueRequest): Promise<Ticket> {
    return new Promise((resolve, reject) => {
      this.pending.push({ req, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private readonly pending: Array<{ req: IssueRequest; resolve: (t: Ticket) => void; reject: (e: unknown) => void }> = [];

  private flush(): void {
    const batch = this.pending.splice(0);
    const outcomes: Array<{ ok: true; issued: Issued } | { ok: false; error: unknown }> = [];
    try {
      this.hub.db.transaction(() => {
        for (const { req } of batch) {
          try {
            outcomes.push({ ok: true, issued: this.hub.db.transaction(() => this.issueOne(req))() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      this.store.forgetCounts();
      for (const b of batch) b.reject(error); // the commit itself failed: nothing was issued
      return;
    }
    if (outcomes.some((o) => !o.ok)) this.store.forgetCounts(); // a refused ticket's savepoint was rolled back
    batch.forEach((b, i) => {
      const o = outcomes[i]!;
      if (!o.ok) return b.reject(o.error);
      const { row } = o.issued;
      this.hub.events.emit('ticket.issued', { ticketId: row.id, queueId: row.queue_id, serviceDay: row.service_day, number: row.number });
      try {
        b.resolve(this.view(o.issued.row, o.issued.wait, o.issued.job));
      } catch (error) {
        b.reject(error);
      }
    });
  }

  /**
   * One ticket, inside the caller's transaction: the number, the ticket row, its first event and its print
   * job are written together, so a crash leaves all of them or none.
   */
  private issueOne(req: IssueRequest): Issued {
    const { catalogue } = this.hub;
    const service = catalogue.service(req.serviceId);
    if (!service) throw fieldError(404, 'body.serviceId', `no service ${req.serviceId}`);
    if (!service.queue) throw fieldError(422, 'body.serviceId', `${service.id} ${service.zh} is not handled at a window; it has no tickets`);
    const queue = catalogue.queue(service.queue)!;
    const kiosk = req.kioskId ? catalogue.kiosk(req.kioskId) : null;
    if (req.kioskId && !kiosk) throw fieldError(422, 'body.kioskId', `no kiosk ${req.kioskId}`);

    const now = this.hub.now();
    if (!isOpen(queue, now, this.tz)) {
      throw refusal('QUEUE_CLOSED', {
        zh: `${queue.name.zh}现在不办理业务（办理时间 ${queue.hours}），请在办理时间内取号。`,
        en: `${queue.name.en} is closed now (open ${queue.hours}). Please come back during opening hours.`,
      });
    }
    const day = serviceDay(now, this.tz);
    const createdAt = now.toISOString();
    const id = uuidv7();
    const token = crypto.randomBytes(16).toString('base64url');
    const limit = Math.min(queue.dailyQuota ?? MAX_SEQ_PER_DAY, MAX_SEQ_PER_DAY);
    if (issuedOn(this.hub.db, queue.id, day) >= limit) {
      throw refusal('QUOTA_REACHED', {
        zh: `${queue.name.zh}今天的号已经取完了，请明天再来，或到总服务台咨询。`,
        en: `All of today's tickets for ${queue.name.en} have been given out. Please come back tomorrow or ask at the front desk.`,
      });
    }
    const seq = nextSeq(this.hub.db, queue.id, day);
    const row: TicketRow = {
      id, queue_id: queue.id, service_id: service.id, service_day: day, seq, number: formatNumber(queue.prefix, seq),
      priority: req.priority, status: 'waiting', source: req.source, kiosk_id: kiosk?.id ?? null, counter_id: null,
      target_counter_id: null, status_token: token, created_at: createdAt, called_at: null, started_at: null,
      finished_at: null, call_count: 0, outcome: null, appointment_at: req.appointmentAt ?? null,
    };
    this.store.insert(row);
    this.store.appendEvent({ ticketId: id, type: 'issue', from: null, to: 'waiting', at: createdAt, data: { kioskId: kiosk?.id ?? null, priority: req.priority, source: req.source } });
    req.within?.(row);
    const wait = estimateWait(this.hub, this.store, row, true);
    // Sent to the printer once this transaction commits; a refused ticket's job goes with its savepoint.
    const job = kiosk?.printer
      ? this.printing.print(
          kiosk.id,
          ticketSlip({
            hallName: catalogue.hall.name, number: row.number, service: { zh: service.zh, en: service.en },
            peopleAhead: wait.peopleAhead, waitMinutes: wait.minutes, statusUrl: this.statusUrl(token), issuedAt: now, timeZone: this.tz,
            waitingArea: queue.waitingArea ?? null,
          }),
          { ticketId: id },
        )
      : null;
    return { row, job, wait };
  }

  statusUrl(token: string): string {
    return `${this.hub.config.publicUrl}/s/${token}`;
  }

  /**
   * The ticket as kiosks and phones see it; `known` skips recounting a wait just computed, and `knownJob`
   * reading back a print job just stored.
   */
  view(row: TicketRow, known?: { peopleAhead: number; minutes: number }, knownJob?: PrintJobView | null): Ticket {
    const { catalogue } = this.hub;
    const service = catalogue.service(row.service_id)!;
    const queue = catalogue.queue(row.queue_id)!;
    const wait = row.status !== 'waiting' ? { peopleAhead: 0, minutes: 0 } : (known ?? estimateWait(this.hub, this.store, row));
    const job = knownJob !== undefined ? knownJob : this.printing.forTicket(row.id);
    const active = row.status === 'called' || row.status === 'serving';
    return {
      id: row.id, number: row.number, serviceId: row.service_id, service: { zh: service.zh, en: service.en },
      queueId: row.queue_id, queue: queue.name, waitingArea: queue.waitingArea ?? null, seq: row.seq, serviceDay: row.service_day, status: row.status,
      priority: row.priority, source: row.source, createdAt: row.created_at,
      window: active && row.counter_id ? (catalogue.counter(row.counter_id)?.window ?? null) : null,
      peopleAhead: wait.peopleAhead, estimatedWaitMinutes: wait.minutes, statusUrl: this.statusUrl(row.status_token),
      print: job ? this.printing.status(job) : null,
    };
  }
}
