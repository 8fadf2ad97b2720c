import crypto from 'node:crypto';
import {
  bookingAnswerIssues, maskName, maskPhone,
  type BookSessionBody, type BookingCalendar, type BookingDay, type BookingFlow, type BookingSlots, type BookingStatus, type LocalizedText,
  type SessionBooking,
} from '../../contract/index.ts';
import { printedTime, serviceDay } from '../../infra/clock.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { FlowsApi } from '../flows/plugin.ts';
import type { PrintingApi } from '../printing/plugin.ts';
import type { Sms } from '../sms/plugin.ts';
import { bookingRefusal, type BookingActor } from './machine.ts';
import { reserve } from './reserve.ts';
import { bookableDays, earliestStart, findSlot, slotsOn } from './schedule.ts';
import { bookingSlip } from './slip.ts';
import { BookingStore, type BookingRow } from './store.ts';

export interface BookingDeps {
  hub: Pick<HubContext, 'db' | 'catalogue' | 'vault' | 'now'>;
  flows: Pick<FlowsApi, 'all' | 'get' | 'version'>;
  printing: Pick<PrintingApi, 'print' | 'get'>;
  sms: Pick<Sms, 'send'>;
}

/**
 * Booking flows' sessions: the slots of a day with their places left, booking one (the places counted and
 * taken in one IMMEDIATE transaction, the slip printed in it), cancelling by code and mobile, and staff's day.
 */
export class BookingService {
  readonly store: BookingStore;

  constructor(private readonly d: BookingDeps) {
    this.store = new BookingStore(d.hub.db);
  }

  private get tz() {
    return this.d.hub.catalogue.hall.timezone;
  }

  today(): string {
    return serviceDay(this.d.hub.now(), this.tz);
  }

  flows(): BookingFlow[] {
    return this.d.flows.all().filter((f): f is BookingFlow => f.kind === 'booking');
  }

  private flow(id: string, path: string): BookingFlow {
    const f = this.d.flows.get(id);
    if (!f) throw fieldError(404, path, `no flow ${id}`);
    if (f.kind !== 'booking') throw fieldError(422, path, `${id} is a ${f.kind} flow, not a booking`);
    return f;
  }

  slots(flowId: string, day?: string): BookingSlots {
    const flow = this.flow(flowId, 'query.flow');
    const now = this.d.hub.now();
    const days = bookableDays(flow, this.today(), now, this.tz);
    const shown = day ?? days[0] ?? this.today();
    if (day && !days.includes(day)) return { flowId, days, day, slots: [] };
    const taken = this.store.taken(flowId, shown);
    const earliest = earliestStart(flow, now);
    return {
      flowId, days, day: shown,
      slots: slotsOn(flow, shown, this.tz).map((s) => {
        const start = s.start.toISOString();
        const left = Math.max(0, s.session.capacity - (taken.get(`${start}|${s.host ?? ''}`) ?? 0));
        return {
          session: s.session.id, topic: s.session.topic ?? null, host: s.host, start, end: s.end.toISOString(),
          capacity: s.session.capacity, left, open: left > 0 && s.start.getTime() >= earliest,
        };
      }),
    };
  }

  book(body: BookSessionBody, seekerId: string | null, by: string): SessionBooking {
    const flow = this.flow(body.flowId, 'body.flowId');
    const kiosk = body.kioskId ? this.d.hub.catalogue.kiosk(body.kioskId) : undefined;
    if (body.kioskId && !kiosk) throw fieldError(422, 'body.kioskId', `no kiosk ${body.kioskId}`);
    const issues = bookingAnswerIssues(flow, body, this.today()).map((i) => ({ path: `body.${i.key}`, text: i.text }));
    if (issues.length) {
      throw new HttpError(422, 'INVALID_ANSWERS', issues.map((i) => `${i.path}: ${i.text.en}`).join('; '),
        issues.map((i) => ({ path: i.path, message: i.text.en })), issues[0]!.text, { fields: issues });
    }
    const host = flow.hosts.length ? (body.host ?? null) : null;
    if (flow.hosts.length && !flow.hosts.some((h) => h.id === host)) throw fieldError(422, 'body.host', `choose one of ${flow.hosts.map((h) => h.id).join(', ')}`);
    if (!flow.hosts.length && body.host) throw fieldError(422, 'body.host', 'this booking has no hosts to choose');
    const now = this.d.hub.now();
    const start = new Date(body.slotStart);
    const day = serviceDay(start, this.tz);
    const slot = bookableDays(flow, this.today(), now, this.tz).includes(day) ? findSlot(flow, day, body.session, start, host, this.tz) : null;
    if (!slot) throw fieldError(422, 'body.slotStart', 'not the start of a bookable slot of this session; ask for the slots first');
    if (slot.start.getTime() < earliestStart(flow, now)) {
      throw new HttpError(422, 'TOO_SOON', `body.slotStart: book at least ${flow.minNoticeMinutes} minutes ahead`, [{ path: 'body.slotStart', message: 'too soon' }],
        { zh: `请预约 ${flow.minNoticeMinutes} 分钟以后的时段。`, en: `Please book at least ${flow.minNoticeMinutes} minutes ahead.` });
    }
    const phone = body.phone.trim();
    const name = body.name.trim();
    const partySize = flow.ask.party ? body.partySize! : null;
    const at = now.toISOString();
    const row = {
      id: crypto.randomUUID(), flow_id: flow.id, flow_version: flow.version, session_id: slot.session.id, host_id: host ?? '', service_day: day,
      slot_start: slot.start.toISOString(), slot_end: slot.end.toISOString(), places: flow.places === 'people' ? (partySize ?? 1) : 1,
      capacity: slot.session.capacity, topic: body.topic ?? null, party_size: partySize, organisation: body.organisation?.trim() || null,
      name_masked: maskName(name), phone_masked: maskPhone(phone), phone_sealed: this.d.hub.vault.seal(phone),
      phone_hash: this.d.hub.vault.lookupHash(`mobile:${phone}`), seeker_id: seekerId, kiosk_id: kiosk?.id ?? null, created_at: at,
    };
    // IMMEDIATE: the write lock is taken before the count, so another connection cannot book in between.
    const take = this.d.hub.db.transaction(() => {
      const code = reserve(this.store, row, by);
      if (kiosk) {
        const job = this.d.printing.print(kiosk.id, bookingSlip({
          hallName: this.d.hub.catalogue.hall.name, title: flow.title, topic: this.topicOf(flow, row.session_id, row.topic),
          host: flow.hosts.find((h) => h.id === host)?.name ?? null, start: slot.start, end: slot.end, where: this.whereOf(flow),
          nameMasked: row.name_masked, phoneMasked: row.phone_masked, partySize, organisation: row.organisation, code, issuedAt: now, timeZone: this.tz,
        }));
        if (job) this.store.setPrintJob(row.id, job.jobId);
      }
    });
    try {
      take.immediate();
    } catch (err) {
      // The table's own guard spoke: another writer filled the slot past this process's count.
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_TRIGGER') {
        throw new HttpError(409, 'SLOT_FULL', 'body.slotStart: not enough places left in this slot', [{ path: 'body.slotStart', message: 'full' }],
          { zh: '这个时段已经约满了，请选择其他时段。', en: 'This time is fully booked; please choose another.' });
      }
      throw err;
    }
    return this.view(this.store.byId(row.id)!);
  }

  get(code: string): SessionBooking {
    const row = this.store.byCode(code);
    if (!row) throw new HttpError(404, 'NO_BOOKING', 'params.code: no booking has this code', [{ path: 'params.code', message: 'no booking' }],
      { zh: '没有找到这个预约码，请核对后重新输入。', en: 'No booking has this code; please check it and try again.' });
    return this.view(row);
  }

  /** The holder cancels with the code and the last four digits of the mobile booked with; null when they do not match an open booking. */
  cancel(code: string, phoneLast4: string): SessionBooking | null {
    const row = this.store.byCode(code);
    if (!row || row.status !== 'booked' || !crypto.timingSafeEqual(Buffer.from(row.phone_masked.slice(-4)), Buffer.from(phoneLast4))) return null;
    return this.move(row, 'cancelled', 'visitor', 'visitor');
  }

  /** What a cancel that matched nothing is told. */
  noMatch(): HttpError {
    return new HttpError(404, 'NO_BOOKING', 'no open booking has this code and mobile', [{ path: 'body.phoneLast4', message: 'no match' }],
      { zh: '预约码和手机尾号对不上，或这个预约已经取消。', en: 'The code and the mobile digits do not match an open booking.' });
  }

  setStatus(id: string, to: Exclude<BookingStatus, 'booked'>, by: string): SessionBooking {
    const row = this.store.byId(id);
    if (!row) throw fieldError(404, 'params.id', 'no such booking');
    return this.move(row, to, 'staff', by);
  }

  private move(row: BookingRow, to: BookingStatus, actor: BookingActor, by: string): SessionBooking {
    const now = this.d.hub.now();
    const why = bookingRefusal(row.status, to, actor, now, new Date(row.slot_start));
    if (why) throw new HttpError(409, 'BOOKING_STATE', why, undefined, { zh: '这个预约现在不能这样改。', en: 'This booking cannot be changed that way now.' });
    if (!this.store.setStatus(row.id, row.status, to, now.toISOString(), by)) throw new HttpError(409, 'BOOKING_STATE', 'the booking changed meanwhile; reload');
    const booking = this.view(this.store.byId(row.id)!);
    // The one use of the sealed mobile: staff called the session off, so its holder must hear before coming.
    if (to === 'cancelled' && actor === 'staff' && row.phone_sealed) {
      const when = printedTime(new Date(row.slot_start), this.tz);
      this.d.sms.send(this.d.hub.vault.unseal(row.phone_sealed),
        `${this.d.hub.catalogue.hall.name.zh}：您预约的“${booking.title.zh}”（${when}）因故取消，请在自助机或手机上重新预约。预约码 ${row.code} 已作废。`);
    }
    return booking;
  }

  /** Staff's day: every booking flow's slots that day (or one flow's), each with its bookings. */
  day(day: string, flowId?: string): BookingDay {
    const rows = this.store.onDay(day);
    const flows = flowId ? [this.flow(flowId, 'query.flow')] : this.flows();
    return {
      day,
      flows: flows.map((flow) => {
        const mine = rows.filter((r) => r.flow_id === flow.id);
        const slots = slotsOn(flow, day, this.tz).map((s) => {
          const start = s.start.toISOString();
          const bookings = mine.filter((r) => r.slot_start === start && r.host_id === (s.host ?? '')).map((r) => this.view(r));
          const taken = bookings.filter((b) => b.status !== 'cancelled').reduce((n, b) => n + (flow.places === 'people' ? (b.partySize ?? 1) : 1), 0);
          return {
            session: s.session.id, topic: s.session.topic ?? null, host: s.host, start, end: s.end.toISOString(),
            capacity: s.session.capacity, left: Math.max(0, s.session.capacity - taken), bookings,
          };
        });
        return { flowId: flow.id, title: flow.title, slots };
      }).filter((f) => f.slots.length),
    };
  }

  /** Group sessions (those with a topic) from now on, for the lobby screens' calendar. */
  calendar(days: number): BookingCalendar {
    const now = this.d.hub.now();
    const items: BookingCalendar['items'] = [];
    for (const flow of this.flows()) {
      for (let i = 0; i < days; i++) {
        const day = new Date(Date.parse(`${this.today()}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
        const taken = this.store.taken(flow.id, day);
        for (const s of slotsOn(flow, day, this.tz)) {
          if (!s.session.topic || s.end.getTime() <= now.getTime()) continue;
          const start = s.start.toISOString();
          items.push({
            flowId: flow.id, title: flow.title, topic: s.session.topic, start, end: s.end.toISOString(), where: this.whereOf(flow),
            capacity: s.session.capacity, left: Math.max(0, s.session.capacity - (taken.get(`${start}|${s.host ?? ''}`) ?? 0)),
          });
        }
      }
    }
    return { generatedAt: now.toISOString(), items: items.sort((a, b) => a.start.localeCompare(b.start)) };
  }

  /** A signed-in seeker's open bookings, soonest first, and the sessions already held. */
  upcoming(seekerId: string): SessionBooking[] {
    return this.store.upcoming(seekerId, this.d.hub.now().toISOString()).map((r) => this.view(r));
  }

  past(seekerId: string, limit = 10): SessionBooking[] {
    return this.store.history(seekerId, this.d.hub.now().toISOString(), limit).map((r) => this.view(r));
  }

  private topicOf(flow: BookingFlow, session: string, topic: string | null): LocalizedText | null {
    return flow.sessions.find((s) => s.id === session)?.topic ?? flow.ask.topics.find((t) => t.value === topic)?.label ?? null;
  }

  private whereOf(flow: BookingFlow): LocalizedText {
    return flow.where;
  }

  view(r: BookingRow): SessionBooking {
    // A booking answered the definition of its time; a flow since changed still shows what was booked.
    const flow = (this.d.flows.version(r.flow_id, r.flow_version) ?? this.d.flows.get(r.flow_id)) as BookingFlow;
    const job = r.print_job_id ? this.d.printing.get(r.print_job_id) : null;
    const host = flow.hosts.find((h) => h.id === r.host_id);
    return {
      id: r.id, code: r.code, flowId: r.flow_id, title: flow.title, resource: flow.resource, functions: flow.functions, session: r.session_id,
      topic: this.topicOf(flow, r.session_id, r.topic), host: host ? { id: host.id, name: host.name } : null,
      start: r.slot_start, end: r.slot_end, day: r.service_day, where: this.whereOf(flow), area: flow.area ?? null,
      nameMasked: r.name_masked, phoneMasked: r.phone_masked, partySize: r.party_size, organisation: r.organisation, status: r.status,
      createdAt: r.created_at, print: job ? { jobId: job.jobId, state: job.state } : null,
    };
  }
}
