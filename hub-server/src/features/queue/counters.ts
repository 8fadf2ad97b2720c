import type { CallEvent, CounterActionResult, CounterState, CounterTicket, LocalizedText, TicketStatus, VisitOutcome } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { candidateOf, pickNext } from './call-order.ts';
import { CounterSessions, type CounterSession } from './counter-sessions.ts';
import { serviceDay } from '../../infra/clock.ts';
import type { TicketChange, TicketRow, TicketStore } from './store.ts';
import { transition, type TicketAction } from './ticket-machine.ts';
import { counterActions } from './ticket-actions.ts';
import { uuidv7 } from '../../infra/ids.ts';

/** How many waiting tickets the console lists. */
const WAITING_SHOWN = 8;

const conflict = (code: string, message: string) => new HttpError(409, code, message);

/** A window's LED line (app.devices.showLed). */
export type ShowLed = (window: number, text: string, brightness?: number | null) => void;

/**
 * The counter console: sign in to a counter and the lines it serves, then call, recall, start, mark a
 * no-show, park, transfer and finish. Every action is one transaction that checks the ticket's state machine,
 * moves the ticket only if nobody moved it first, and appends an event; after the commit it is told as a
 * domain event (ticket.called, ticket.finished, ticket.requeued), which the call screens and SMS follow.
 */
export class CounterService {
  readonly sessions: CounterSessions;

  constructor(
    private readonly hub: HubContext,
    private readonly store: TicketStore,
    private readonly showLed: ShowLed,
  ) {
    this.sessions = new CounterSessions(hub.db);
  }

  private counter(counterId: string) {
    const counter = this.hub.catalogue.counter(counterId);
    if (!counter) throw fieldError(404, 'params.counterId', `no counter ${counterId}`);
    return counter;
  }

  private today(): string {
    return serviceDay(this.hub.now(), this.hub.catalogue.hall.timezone);
  }

  /** The session this staff member holds at this counter, or a 409 saying what to do. */
  private session(counterId: string, staff: string): CounterSession {
    const s = this.sessions.atCounter(counterId);
    if (!s || s.staff !== staff) {
      throw conflict('NOT_SIGNED_IN', `${staff} is not signed in to ${counterId}; sign in to the counter first`);
    }
    return s;
  }

  signIn(counterId: string, staff: string, queueIds?: string[]): CounterActionResult {
    const counter = this.counter(counterId);
    const lines = queueIds ?? this.hub.catalogue.hall.queues.filter((q) => q.counters.includes(counterId)).map((q) => q.id);
    queueIds?.forEach((q, i) => {
      if (!this.hub.catalogue.queue(q)) throw fieldError(422, `body.queueIds.${i}`, `no queue line ${q}`);
    });
    if (!lines.length) throw fieldError(422, 'body.queueIds', `${counterId} serves no queue line; choose some`);
    const at = this.hub.now().toISOString();
    this.hub.db.transaction(() => {
      const here = this.sessions.atCounter(counterId);
      if (here && here.staff !== staff) throw conflict('COUNTER_TAKEN', `${here.staff} is signed in to ${counterId}`);
      // Moving to another counter (or changing lines here) closes the old session; a visit in progress blocks it.
      const mine = this.sessions.ofStaff(staff);
      if (mine) {
        if (mine.counterId !== counterId && this.store.activeAt(mine.counterId).length) {
          throw conflict('VISIT_IN_PROGRESS', `finish, park or transfer the visitor at ${mine.counterId} first`);
        }
        this.sessions.close(mine.id, at);
      }
      this.sessions.open(counterId, staff, lines, at);
    })();
    this.showLed(counter.window, `${counter.window}号窗口 欢迎办理 Welcome`);
    return this.result(counterId, null, { zh: `已在${counter.name.zh}签到`, en: `Signed in at ${counter.name.en}` });
  }

  signOut(counterId: string, staff: string): CounterActionResult {
    const counter = this.counter(counterId);
    const s = this.session(counterId, staff);
    if (this.store.activeAt(counterId).length) throw conflict('VISIT_IN_PROGRESS', 'finish, park or transfer the current visitor first');
    this.sessions.close(s.id, this.hub.now().toISOString());
    this.showLed(counter.window, '暂停服务 Closed');
    return this.result(counterId, null, { zh: `已从${counter.name.zh}签退`, en: `Signed out of ${counter.name.en}` });
  }

  /**
   * "Next": the visit in progress ends as completed, and the waiting ticket with the longest effective wait
   * among the session's lines (and tickets transferred to this counter) is called.
   */
  callNext(counterId: string, staff: string): CounterActionResult {
    const counter = this.counter(counterId);
    const s = this.session(counterId, staff);
    const now = this.hub.now();
    const at = now.toISOString();
    const finished: TicketRow[] = [];
    const call = this.hub.db.transaction((): CallEvent | null => {
      for (const active of this.store.activeAt(counterId)) {
        this.move(active, 'finish', counterId, staff, at, { finished_at: at, outcome: 'completed' }, { outcome: 'completed', by: 'next' });
        finished.push(active);
      }
      const candidates = this.store.waitingFor(counterId, s.queueIds, this.today()).map(candidateOf);
      const next = pickNext(candidates, now);
      return next ? this.callTicket(next, counterId, staff, at, false) : null;
    })();
    for (const t of finished) this.hub.events.emit('ticket.finished', { ticketId: t.id, queueId: t.queue_id, status: 'done' });
    if (!call) return this.result(counterId, null, { zh: `${counter.name.zh}的业务目前没有人等候`, en: `Nobody is waiting for ${counter.name.en}` });
    this.hub.events.emit('ticket.called', call);
    return this.result(counterId, call, call.text);
  }

  /** Calls a particular waiting or parked ticket (a visitor who came back, an appointment). */
  call(counterId: string, staff: string, ticketId: string): CounterActionResult {
    this.counter(counterId);
    const s = this.session(counterId, staff);
    const at = this.hub.now().toISOString();
    const call = this.hub.db.transaction(() => {
      if (this.store.activeAt(counterId).length) throw conflict('VISIT_IN_PROGRESS', 'finish, park or transfer the current visitor first');
      const t = this.ticket(ticketId);
      const mayCall =
        (t.status === 'waiting' && (t.target_counter_id === counterId || (!t.target_counter_id && s.queueIds.includes(t.queue_id)))) ||
        (t.status === 'parked' && t.counter_id === counterId);
      if (!mayCall) throw conflict('NOT_YOURS', `ticket ${t.number} is not waiting for this counter`);
      return this.callTicket(t, counterId, staff, at, false);
    })();
    this.hub.events.emit('ticket.called', call);
    return this.result(counterId, call, call.text);
  }

  /** Calls the current visitor again: a new call on every screen, highlighted and spoken again. */
  recall(counterId: string, staff: string): CounterActionResult {
    this.session(counterId, staff);
    const at = this.hub.now().toISOString();
    const call = this.hub.db.transaction(() => {
      const t = this.current(counterId);
      if (t.status !== 'called') throw conflict('NOT_CALLED', `ticket ${t.number} is ${t.status}, not waiting to be called again`);
      return this.callTicket(t, counterId, staff, at, true);
    })();
    this.hub.events.emit('ticket.called', call);
    return this.result(counterId, call, call.text);
  }

  start(counterId: string, staff: string): CounterActionResult {
    return this.onCurrent(counterId, staff, 'start', (at) => ({ started_at: at }), { zh: '开始办理', en: 'Visit started' });
  }

  noShow(counterId: string, staff: string): CounterActionResult {
    return this.onCurrent(counterId, staff, 'no-show', (at) => ({ finished_at: at, outcome: 'no-show' }), { zh: '已过号', en: 'Marked as no-show' });
  }

  park(counterId: string, staff: string): CounterActionResult {
    return this.onCurrent(counterId, staff, 'park', () => ({}), { zh: '已暂挂，可稍后再叫', en: 'Parked; call it again later' });
  }

  finish(counterId: string, staff: string, outcome: VisitOutcome, note?: string): CounterActionResult {
    return this.onCurrent(counterId, staff, 'finish', (at) => ({ finished_at: at, outcome }), { zh: '已办结', en: 'Visit finished' }, { outcome, note });
  }

  /** Sends the current visitor to wait in another line, or for a particular counter. */
  transfer(counterId: string, staff: string, to: { queueId?: string; counterId?: string }): CounterActionResult {
    if (to.queueId && !this.hub.catalogue.queue(to.queueId)) throw fieldError(422, 'body.queueId', `no queue line ${to.queueId}`);
    if (to.counterId && !this.hub.catalogue.counter(to.counterId)) throw fieldError(422, 'body.counterId', `no counter ${to.counterId}`);
    if (to.counterId === counterId) throw fieldError(422, 'body.counterId', 'that is this counter');
    return this.onCurrent(
      counterId, staff, 'transfer',
      () => ({ counter_id: null, target_counter_id: to.counterId ?? null, ...(to.queueId ? { queue_id: to.queueId } : {}) }),
      { zh: '已转出', en: 'Transferred' },
      { toQueue: to.queueId ?? null, toCounter: to.counterId ?? null },
    );
  }

  /** Puts a parked ticket back in its line. */
  resume(counterId: string, staff: string, ticketId: string): CounterActionResult {
    this.session(counterId, staff);
    const at = this.hub.now().toISOString();
    const t = this.hub.db.transaction(() => {
      const t = this.ticket(ticketId);
      if (t.counter_id !== counterId) throw conflict('NOT_YOURS', `ticket ${t.number} was not parked here`);
      this.move(t, 'resume', counterId, staff, at, { counter_id: null });
      return t;
    })();
    this.hub.events.emit('ticket.requeued', { ticketId: t.id, queueId: t.queue_id, status: 'waiting', action: 'resume' });
    return this.result(counterId, null, { zh: '已放回队列', en: 'Back in the line' });
  }

  /** The window's own LED line (a notice, "back in 5 minutes") or its brightness. */
  led(counterId: string, staff: string, text: string | undefined, brightness: number | undefined): CounterActionResult {
    const counter = this.counter(counterId);
    this.session(counterId, staff);
    const current = this.store.activeAt(counterId)[0];
    // Changing only the brightness keeps whatever the board shows: the current call, or a greeting.
    const line = text ?? (current ? `请 ${current.number} 号到 ${counter.window} 号窗口办理` : `${counter.window}号窗口 欢迎办理 Welcome`);
    this.showLed(counter.window, line, brightness ?? null);
    return this.result(counterId, null, { zh: '窗口条屏已更新', en: 'LED board updated' });
  }

  state(counterId: string): CounterState {
    const counter = this.counter(counterId);
    const s = this.sessions.atCounter(counterId);
    const current = this.store.activeAt(counterId)[0];
    const view = (r: TicketRow): CounterTicket => {
      const service = this.hub.catalogue.service(r.service_id)!;
      return {
        id: r.id, number: r.number, serviceId: r.service_id, service: { zh: service.zh, en: service.en }, queueId: r.queue_id,
        status: r.status, priority: r.priority, source: r.source, createdAt: r.created_at, calledAt: r.called_at, callCount: r.call_count,
        actions: counterActions(r.status, !!current),
      };
    };
    const now = this.hub.now();
    const waiting = s
      ? this.store.waitingFor(counterId, s.queueIds, this.today()).map(candidateOf)
      : [];
    const ordered: typeof waiting = [];
    const pool = [...waiting];
    while (ordered.length < WAITING_SHOWN && pool.length) {
      const next = pickNext(pool, now)!;
      ordered.push(next);
      pool.splice(pool.indexOf(next), 1);
    }
    return {
      counterId, window: counter.window, name: counter.name,
      session: s ? { staff: s.staff, queueIds: s.queueIds, since: s.since } : null,
      current: current ? view(current) : null,
      parked: this.store.parkedAt(counterId).map(view),
      waiting: ordered.map(view),
      waitingCount: waiting.length,
    };
  }

  private result(counterId: string, call: CallEvent | null, message: LocalizedText): CounterActionResult {
    return { call, message, state: this.state(counterId) };
  }

  private ticket(id: string): TicketRow {
    const t = this.store.byId(id);
    if (!t) throw fieldError(404, 'body.ticketId', 'no such ticket');
    return t;
  }

  private current(counterId: string): TicketRow {
    const t = this.store.activeAt(counterId)[0];
    if (!t) throw conflict('NO_CURRENT_VISITOR', 'there is no visitor at this counter now; call one first');
    return t;
  }

  /** One step of the ticket's state machine, refused if the table forbids it or someone moved the ticket first. */
  private move(t: TicketRow, action: TicketAction, counterId: string, staff: string, at: string, change: TicketChange, data?: unknown): TicketStatus {
    const step = transition(t.status, action);
    if (!step.ok) throw conflict('BAD_TRANSITION', `ticket ${t.number}: ${step.reason}`);
    if (!this.store.setStatus(t.id, t.status, step.to, change)) throw conflict('TICKET_MOVED', `ticket ${t.number} was changed by someone else; reload`);
    this.store.appendEvent({ ticketId: t.id, type: action, from: t.status, to: step.to, counterId, staff, at, data });
    return step.to;
  }

  private onCurrent(
    counterId: string, staff: string, action: TicketAction, change: (at: string) => TicketChange, message: LocalizedText, data?: unknown,
  ): CounterActionResult {
    this.session(counterId, staff);
    const at = this.hub.now().toISOString();
    const { t, to } = this.hub.db.transaction(() => {
      const t = this.current(counterId);
      const c = change(at);
      return { t: { ...t, queue_id: c.queue_id ?? t.queue_id }, to: this.move(t, action, counterId, staff, at, c, data) };
    })();
    if (to === 'done' || to === 'no-show') this.hub.events.emit('ticket.finished', { ticketId: t.id, queueId: t.queue_id, status: to });
    else if (action === 'transfer' || action === 'park') this.hub.events.emit('ticket.requeued', { ticketId: t.id, queueId: t.queue_id, status: to, action });
    return this.result(counterId, null, message);
  }

  private callTicket(t: TicketRow, counterId: string, staff: string, at: string, recall: boolean): CallEvent {
    const counter = this.hub.catalogue.counter(counterId)!;
    const action: TicketAction = recall ? 'recall' : 'call';
    this.move(t, action, counterId, staff, at, { counter_id: counterId, called_at: at, target_counter_id: null, called: true });
    const queue = this.hub.catalogue.queue(t.queue_id)!;
    return this.store.insertCall({
      callId: uuidv7(), ticketId: t.id, number: t.number, serviceId: t.service_id, queueId: queue.id, queue: queue.name,
      counterId, window: counter.window, recall, at,
      text: { zh: `请 ${t.number} 号到 ${counter.window} 号窗口办理`, en: `Ticket ${t.number}, please go to window ${counter.window}` },
    });
  }
}
