import crypto from 'node:crypto';
import type {
  CallEvent, CallNextResult, CreateTicketBody, NowCalling, QueueLine, Ticket,
} from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { pickNext } from './call-order.ts';
import { estimateWaitMinutes } from './estimate.ts';
import { formatNumber, issuedOn, MAX_SEQ_PER_DAY, minuteOfDay, nextSeq, serviceDay } from './numbering.ts';
import { ticketSlip } from './slip.ts';
import { TicketStore, type TicketRow } from './store.ts';
import { transition } from './ticket-machine.ts';

const RECENT_CALLS = 6;

/** A refusal the kiosk shows as a friendly sentence in both languages, not as an error screen. */
function refusal(code: string, text: { zh: string; en: string }): HttpError {
  return new HttpError(409, code, text.en, undefined, text);
}

function isOpen(queue: QueueLine, at: Date, timeZone: string): boolean {
  const [from, to] = queue.hours.split('-').map((hm) => {
    const [h, m] = hm.split(':').map(Number);
    return h! * 60 + m!;
  }) as [number, number];
  const minute = minuteOfDay(at, timeZone);
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to; // overnight hours wrap
}

/** Tickets and calls: numbering, the lifecycle, the print job, and what the call screens show. */
export class QueueService {
  readonly store: TicketStore;

  constructor(private readonly hub: HubContext) {
    this.store = new TicketStore(hub.db);
  }

  private get tz(): string {
    return this.hub.catalogue.hall.timezone;
  }

  today(): string {
    return serviceDay(this.hub.now(), this.tz);
  }

  /**
   * Issues a ticket: the number, the ticket row, its first event and its print job are one transaction, so a
   * crash leaves either all of them or none. The print job is published after the commit.
   */
  createTicket(body: CreateTicketBody): Ticket {
    const { catalogue } = this.hub;
    const service = catalogue.service(body.serviceId);
    if (!service) throw fieldError(404, 'body.serviceId', `no service ${body.serviceId}`);
    if (!service.queue) throw fieldError(422, 'body.serviceId', `${service.id} ${service.zh} is not handled at a window; it has no tickets`);
    const queue = catalogue.queue(service.queue)!;
    const kiosk = body.kioskId ? catalogue.kiosk(body.kioskId) : catalogue.hall.kiosks[0];
    if (!kiosk) throw fieldError(422, 'body.kioskId', `no kiosk ${body.kioskId}`);

    const now = this.hub.now();
    if (!isOpen(queue, now, this.tz)) {
      throw refusal('QUEUE_CLOSED', {
        zh: `${queue.name.zh}现在不办理业务（办理时间 ${queue.hours}），请在办理时间内取号。`,
        en: `${queue.name.en} is closed now (open ${queue.hours}). Please come back during opening hours.`,
      });
    }
    const day = serviceDay(now, this.tz);
    const createdAt = now.toISOString();
    const id = crypto.randomUUID();
    const token = crypto.randomBytes(16).toString('base64url');

    const issue = this.hub.db.transaction(() => {
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
        priority: body.priority, status: 'waiting', kiosk_id: kiosk.id, counter_id: null, status_token: token,
        created_at: createdAt, called_at: null, finished_at: null,
      };
      this.store.insert(row);
      this.store.appendEvent({ ticketId: id, type: 'issue', from: null, to: 'waiting', at: createdAt, data: { kioskId: kiosk.id, priority: body.priority } });
      const ahead = this.store.peopleAhead(row);
      const job = kiosk.printer
        ? this.hub.printing.enqueue(
            kiosk.printer,
            ticketSlip({
              hallName: catalogue.hall.name, number: row.number, service: { zh: service.zh, en: service.en },
              peopleAhead: ahead, waitMinutes: estimateWaitMinutes(ahead, queue), statusUrl: this.statusUrl(token),
              issuedAt: now, timeZone: this.tz,
            }),
            id,
          )
        : null;
      return { row, job };
    });
    const { row, job } = issue();
    if (job) void this.hub.printing.dispatch(job.jobId);
    return this.view(row);
  }

  statusUrl(token: string): string {
    return `${this.hub.config.publicUrl}/s/${token}`;
  }

  view(row: TicketRow): Ticket {
    const { catalogue, printing, devices } = this.hub;
    const service = catalogue.service(row.service_id)!;
    const queue = catalogue.queue(row.queue_id)!;
    const ahead = row.status === 'waiting' ? this.store.peopleAhead(row) : 0;
    const job = printing.forTicket(row.id);
    return {
      id: row.id, number: row.number, serviceId: row.service_id, service: { zh: service.zh, en: service.en },
      queueId: row.queue_id, queue: queue.name, seq: row.seq, serviceDay: row.service_day, status: row.status,
      priority: row.priority, createdAt: row.created_at, peopleAhead: ahead,
      estimatedWaitMinutes: estimateWaitMinutes(ahead, queue), statusUrl: this.statusUrl(row.status_token),
      print: job
        ? {
            jobId: job.jobId, printerId: job.printerId, state: job.state,
            // While a job is open, the live printer faults say why; after, the faults the agent reported.
            faults: ['queued', 'sent', 'waiting-printer'].includes(job.state) ? devices.printerFaults(job.printerId) : job.faults,
          }
        : null,
    };
  }

  /**
   * "Next" at a counter: the visit in progress there ends, and the waiting ticket with the longest effective
   * wait among the counter's lines is called. One transaction; the call goes out after the commit.
   */
  callNext(counterId: string, staff: string): CallNextResult {
    const { catalogue } = this.hub;
    const counter = catalogue.counter(counterId);
    if (!counter) throw fieldError(404, 'params.counterId', `no counter ${counterId}`);
    const lines = catalogue.hall.queues.filter((q) => q.counters.includes(counterId));
    const now = this.hub.now();
    const at = now.toISOString();
    const day = serviceDay(now, this.tz);

    const call = this.hub.db.transaction((): CallEvent | null => {
      for (const active of this.store.activeAt(counterId)) {
        const step = transition(active.status, 'finish');
        if (step.ok && this.store.setStatus({ id: active.id, from: active.status, status: step.to, counter_id: counterId, finished_at: at })) {
          this.store.appendEvent({ ticketId: active.id, type: 'finish', from: active.status, to: step.to, counterId, staff, at, data: { outcome: 'served', by: 'next' } });
        }
      }
      const next = pickNext(
        this.store.waitingIn(lines.map((q) => q.id), day).map((r) => ({ ...r, createdAt: r.created_at })),
        now,
      );
      if (!next) return null;
      const step = transition(next.status, 'call');
      if (!step.ok || !this.store.setStatus({ id: next.id, from: next.status, status: step.to, counter_id: counterId, called_at: at })) return null;
      this.store.appendEvent({ ticketId: next.id, type: 'call', from: next.status, to: step.to, counterId, staff, at });
      const queue = catalogue.queue(next.queue_id)!;
      return this.store.insertCall({
        callId: crypto.randomUUID(), ticketId: next.id, number: next.number, serviceId: next.service_id,
        queueId: queue.id, queue: queue.name, counterId, window: counter.window, recall: false, at,
        text: {
          zh: `请 ${next.number} 号到 ${counter.window} 号窗口办理`,
          en: `Ticket ${next.number}, please go to window ${counter.window}`,
        },
      });
    })();

    if (!call) {
      return { call: null, message: { zh: `${counter.name.zh}的业务目前没有人等候`, en: `Nobody is waiting for ${counter.name.en}` } };
    }
    void this.announce(call);
    return { call, message: { zh: call.text.zh, en: call.text.en } };
  }

  nowCalling(): NowCalling {
    const recent = this.store.recentCalls(RECENT_CALLS);
    const waiting = this.store.waitingByQueue(this.today());
    return {
      current: recent[0] ?? null,
      recent,
      waiting: this.hub.catalogue.hall.queues.map((q) => ({ queueId: q.id, name: q.name, prefix: q.prefix, count: waiting.get(q.id) ?? 0 })),
      at: this.hub.now().toISOString(),
    };
  }

  async publishNowCalling(): Promise<void> {
    await this.hub.bus.publish('nowCalling', {}, this.nowCalling());
  }

  /** The call to every screen (event), the retained board state, and the window's LED line. */
  private async announce(call: CallEvent): Promise<void> {
    const { bus, catalogue, log } = this.hub;
    try {
      await Promise.all([
        bus.publish('calls', {}, call),
        this.publishNowCalling(),
        ...catalogue.hall.devices
          .filter((d) => d.kind === 'call-screen')
          .map((d) =>
            bus.publish('ledLine', { deviceId: d.id }, { window: call.window, text: call.text.zh, brightness: null, correlationId: `call:${call.callId}` }),
          ),
      ]);
    } catch (err) {
      log.warn({ callId: call.callId, err: (err as Error).message }, 'call not announced');
    }
  }
}
