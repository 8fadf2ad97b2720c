import crypto from 'node:crypto';
import type { Appointment, PrintBlockInput, QueueLine, SlotsResult, Ticket } from '../../contract/index.ts';
import { PrintDocument } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { addDays, serviceDay } from '../../infra/clock.ts';
import type { Queue } from '../queue/plugin.ts';
import type { PrintingApi } from '../printing/plugin.ts';
import { AppointmentStore, type AppointmentRow } from './store.ts';
import { checkInWindow, slotsOf } from './slots.ts';

const refusal = (code: string, zh: string, en: string) => new HttpError(409, code, en, undefined, { zh, en });

/** Booking a visit for a slot, and checking in on the day, when the booking becomes a ticket. */
export class AppointmentService {
  readonly store: AppointmentStore;

  constructor(
    private readonly hub: HubContext,
    private readonly tickets: Pick<Queue, 'issue'>,
    private readonly printing: Pick<PrintingApi, 'print'>,
  ) {
    this.store = new AppointmentStore(hub.db);
  }

  private get rules() {
    return this.hub.catalogue.hall.appointments;
  }

  private get tz() {
    return this.hub.catalogue.hall.timezone;
  }

  private line(serviceId: string, field: string) {
    const service = this.hub.catalogue.service(serviceId);
    if (!service) throw fieldError(404, field, `no service ${serviceId}`);
    if (!service.queue) throw fieldError(422, field, `${service.id} ${service.zh} is not handled at a window; it cannot be booked`);
    return { service, queue: this.hub.catalogue.queue(service.queue)! };
  }

  /** The days that can be booked, today first. */
  days(): string[] {
    const today = serviceDay(this.hub.now(), this.tz);
    return Array.from({ length: this.rules.daysAhead + 1 }, (_, i) => addDays(today, i));
  }

  /**
   * The slots of a day. Without a day, the first day with a place left: a visitor at the kiosk in the last
   * half hour of the day, or when today is fully booked, sees the next day that can be booked, not an empty today.
   */
  slots(serviceId: string, date?: string): SlotsResult {
    const { queue } = this.line(serviceId, 'query.serviceId');
    const days = this.days();
    if (date !== undefined && !days.includes(date)) throw fieldError(422, 'query.date', `bookings are open for ${days[0]} to ${days.at(-1)}`);
    const on = (day: string) => this.slotsOn(queue, day);
    const day = date ?? days.find((d) => on(d).some((s) => s.available > 0)) ?? days[0]!;
    return { serviceId, queueId: queue.id, date: day, days, slots: on(day) };
  }

  private slotsOn(queue: QueueLine, day: string): SlotsResult['slots'] {
    const taken = this.store.taken(queue.id, day);
    const now = this.hub.now().getTime();
    return slotsOf(queue, day, this.rules, this.tz)
      .filter((s) => s.start.getTime() > now)
      .map((s) => ({
        start: s.start.toISOString(), end: s.end.toISOString(), capacity: this.rules.perSlot,
        available: Math.max(0, this.rules.perSlot - (taken.get(s.start.toISOString()) ?? 0)),
      }));
  }

  /** Books a slot; places are counted inside the transaction, so two kiosks cannot take the last one twice. */
  book(serviceId: string, slotStart: string, kioskId?: string): Appointment {
    const { service, queue } = this.line(serviceId, 'body.serviceId');
    const kiosk = kioskId ? this.hub.catalogue.kiosk(kioskId) : null;
    if (kioskId && !kiosk) throw fieldError(422, 'body.kioskId', `no kiosk ${kioskId}`);
    const start = new Date(slotStart);
    const day = serviceDay(start, this.tz);
    const slot = this.days().includes(day) ? slotsOf(queue, day, this.rules, this.tz).find((s) => s.start.getTime() === start.getTime()) : undefined;
    if (!slot) throw fieldError(422, 'body.slotStart', 'not a slot that can be booked; ask for the slots first');
    if (slot.start.getTime() <= this.hub.now().getTime()) throw fieldError(422, 'body.slotStart', 'this slot has already begun');
    const now = this.hub.now().toISOString();
    const row = this.hub.db.transaction(() => {
      if ((this.store.taken(queue.id, day).get(slot.start.toISOString()) ?? 0) >= this.rules.perSlot) {
        throw refusal('SLOT_FULL', '这个时段已经约满了，请选择其他时段', 'This time is fully booked; please choose another');
      }
      let code: string;
      do code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
      while (this.store.codeInUse(code));
      const row = {
        id: crypto.randomUUID(), code, queue_id: queue.id, service_id: service.id, service_day: day,
        slot_start: slot.start.toISOString(), slot_end: slot.end.toISOString(), created_at: now,
      };
      this.store.insert(row);
      if (kiosk) this.printing.print(kiosk.id, this.slip(row));
      return row;
    })();
    return this.view({ ...row, status: 'booked', ticket_id: null, checked_in_at: null, cancelled_at: null });
  }

  get(code: string): Appointment {
    const row = this.store.byCode(code);
    if (!row) throw fieldError(404, 'params.code', 'no booking with this code');
    return this.view(row);
  }

  cancel(code: string): Appointment {
    const row = this.store.byCode(code);
    if (!row) throw fieldError(404, 'params.code', 'no booking with this code');
    if (!this.store.cancel(row.id, this.hub.now().toISOString())) {
      throw refusal('NOT_BOOKED', '这个预约已签到或已取消', 'This booking is already checked in or cancelled');
    }
    return this.get(code);
  }

  /**
   * Check-in at the kiosk within the window around the slot: the booking becomes a ticket, called from the slot
   * start ahead of walk-ins. The ticket and the booking's new state are one transaction.
   */
  async checkIn(code: string, kioskId?: string): Promise<Ticket> {
    const row = this.store.byCode(code);
    if (!row || row.status === 'cancelled') {
      throw refusal('NO_BOOKING', '没有找到这个预约码，请核对后重新输入', 'No booking has this code; please check it and try again');
    }
    if (row.status === 'checked-in') throw refusal('ALREADY_CHECKED_IN', '这个预约已经签到过了', 'This booking has already been checked in');
    const { from, until } = checkInWindow(new Date(row.slot_start), this.rules);
    const now = this.hub.now();
    const hm = (d: Date) => new Intl.DateTimeFormat('zh-CN', { timeZone: this.tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
    if (now < from) {
      throw refusal('TOO_EARLY', `还没到签到时间，请在 ${hm(from)} 以后签到`, `Too early: check-in opens at ${hm(from)}`);
    }
    if (now > until) {
      throw refusal('TOO_LATE', '已超过预约时间，请取普通号排队', 'You are past your booked time; please take a normal ticket');
    }
    const at = now.toISOString();
    return this.tickets.issue({
      serviceId: row.service_id, priority: 'normal', source: 'appointment', kioskId: kioskId ?? this.hub.catalogue.hall.kiosks[0]!.id,
      appointmentAt: row.slot_start,
      within: (ticket) => {
        if (!this.store.checkIn(row.id, ticket.id, at)) throw refusal('ALREADY_CHECKED_IN', '这个预约已经签到过了', 'This booking has already been checked in');
      },
    });
  }

  view(row: AppointmentRow): Appointment {
    const service = this.hub.catalogue.service(row.service_id)!;
    const { from, until } = checkInWindow(new Date(row.slot_start), this.rules);
    return {
      id: row.id, code: row.code, serviceId: row.service_id, service: { zh: service.zh, en: service.en }, queueId: row.queue_id,
      slotStart: row.slot_start, slotEnd: row.slot_end, status: row.status, checkInFrom: from.toISOString(),
      checkInUntil: until.toISOString(), ticketId: row.ticket_id,
    };
  }

  /** The booking slip: the code large, the service and the time, and how to check in. No personal data. */
  private slip(row: { code: string; service_id: string; slot_start: string; slot_end: string }): PrintDocument {
    const service = this.hub.catalogue.service(row.service_id)!;
    const when = (iso: string, opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('zh-CN', { timeZone: this.tz, ...opts }).format(new Date(iso));
    const date = when(row.slot_start, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' });
    const time = `${when(row.slot_start, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}–${when(row.slot_end, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
    const blocks: PrintBlockInput[] = [
      { type: 'text', text: this.hub.catalogue.hall.name.zh, align: 'center', bold: true },
      { type: 'rule' },
      { type: 'text', text: '预约凭条 Booking', align: 'center', size: 2 },
      { type: 'text', text: `${service.zh}`, align: 'center' },
      { type: 'text', text: service.en, align: 'center' },
      { type: 'text', text: `${date} ${time}`, align: 'center', bold: true },
      { type: 'text', text: '预约码 Code', align: 'center' },
      { type: 'text', text: row.code, align: 'center', size: 3, bold: true },
      { type: 'text', text: `请在预约时间前 ${this.rules.checkInEarlyMinutes} 分钟内到自助机输入预约码签到`, align: 'center' },
      { type: 'text', text: `Check in at a kiosk up to ${this.rules.checkInEarlyMinutes} min before your time`, align: 'center' },
      { type: 'feed', lines: 2 },
    ];
    return PrintDocument.parse({ kind: 'slip', blocks });
  }
}
