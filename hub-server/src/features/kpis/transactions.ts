import type { KpiOutcome } from '../../contract/index.ts';
import type { LoggedEvent, LoggedTicket } from '../queue/ticket-log.ts';

/** One row of the queue's event log as the KPIs need it; times in epoch milliseconds. */
export type KpiEvent = LoggedEvent;
export type KpiTicket = LoggedTicket;

/**
 * The line a ticket joined at issue. The log records where each transfer sent it but not the line at issue,
 * so: with no transfer to another line, the line it is in now; otherwise the line the catalogue gives its
 * service, which is how issuing picks the line.
 */
export function issuedLine(ticket: KpiTicket, events: readonly KpiEvent[]): string {
  return events.some((e) => e.type === 'transfer' && e.toQueue) ? (ticket.serviceQueueId ?? ticket.queueId) : ticket.queueId;
}

/** What the figures are made of: the part of a visit transaction the day cache keeps. */
export interface KpiFacts {
  serviceId: string;
  /** The line the ticket waited in (after a transfer, the line it was sent to). */
  queueId: string;
  /** Joined the line (issue, transfer, resume); for a ticket called straight from the park pool, that call. */
  enteredAt: number;
  /** The counter and staff member of the first call (or, never called, of the event that ended it). */
  counterId: string | null;
  staff: string | null;
  called: boolean;
  outcome: KpiOutcome;
  waitMs: number | null;
  serviceMs: number | null;
  walkMs: number | null;
}

/**
 * A visit transaction, as Qmatic's statistics define it: one stay of a ticket in a line, from joining it to the
 * outcome. A plain visit is one transaction; every transfer and every park starts another, so each wait is
 * counted in the line where it was spent.
 */
export interface VisitTransaction extends KpiFacts {
  ticketId: string;
  firstCallAt: number | null;
  lastCallAt: number | null;
  startedAt: number | null;
  endedAt: number | null;
}

const FINISH_OUTCOMES = new Set<string>(['completed', 'needs-documents', 'referred', 'information-only', 'other']);

export const isServed = (o: KpiOutcome) => FINISH_OUTCOMES.has(o);

interface Open {
  queueId: string;
  enteredAt: number;
  /** False when called straight from the park pool: the visitor was away by arrangement, not waiting in line. */
  inLine: boolean;
  counterId: string | null;
  staff: string | null;
  firstCallAt: number | null;
  lastCallAt: number | null;
  startedAt: number | null;
}

/**
 * Replays one ticket's events (in log order) into its visit transactions. The rules:
 *
 * - Wait = first call − joining the line; an appointment's ticket joins at its slot start if it checked in
 *   earlier (never below 0). A recall does not move it: in JobHall a recall happens while the
 *   counter holds the visitor and can call nobody else, so the time after the first call is the visitor's walk
 *   (reported as walk time), not the hall keeping them waiting. This differs on purpose from Qmatic, which
 *   counts the last call because its re-called no-shows went back to the queue first; JobHall's no-show is final.
 * - A transfer ends the transaction ("transferred") and starts one in the destination line (or the same line
 *   when sent to a counter), joined at the transfer. Whatever the visitor waited before is in the first one.
 * - A park ends it ("parked"). A resume starts a transaction in the line, joined at the resume; a call straight
 *   from the park pool starts one with no wait, because the visitor was away by arrangement.
 * - Service time = end − start for a visit that started and then finished, parked or was transferred; for a
 *   finish with no start, finish − last call (the visit was done at the window without pressing "start").
 * - A ticket still open when the log ends gives an "unfinished" transaction with no end.
 * - Counter and staff member: those of the first call. A counter session cannot end mid-visit, so whoever
 *   finishes is the one who called. Never called (cancelled, transferred or still waiting): none, or the
 *   staff member of the event that ended it.
 */
export function transactionsOf(ticket: KpiTicket, events: readonly KpiEvent[]): VisitTransaction[] {
  const out: VisitTransaction[] = [];
  let line = issuedLine(ticket, events);
  let open: Open | null = null;

  const join = (at: number, inLine: boolean): Open => ({
    queueId: line, enteredAt: at, inLine, counterId: null, staff: null, firstCallAt: null, lastCallAt: null, startedAt: null,
  });
  const close = (o: Open, outcome: KpiOutcome, end: KpiEvent | null) => {
    const endedAt = end?.at ?? null;
    const served = isServed(outcome);
    let serviceMs: number | null = null;
    if (endedAt !== null && o.startedAt !== null && (served || outcome === 'parked' || outcome === 'transferred')) serviceMs = endedAt - o.startedAt;
    else if (endedAt !== null && served && o.lastCallAt !== null) serviceMs = endedAt - o.lastCallAt;
    out.push({
      ticketId: ticket.id, serviceId: ticket.serviceId, queueId: o.queueId, enteredAt: o.enteredAt,
      counterId: o.counterId ?? end?.counterId ?? null, staff: o.staff ?? end?.staff ?? null, called: o.firstCallAt !== null,
      firstCallAt: o.firstCallAt, lastCallAt: o.lastCallAt, startedAt: o.startedAt, endedAt, outcome,
      // An appointment called before its slot start waited nothing.
      waitMs: o.inLine && o.firstCallAt !== null ? Math.max(0, o.firstCallAt - o.enteredAt) : null,
      serviceMs,
      walkMs: o.firstCallAt !== null && o.startedAt !== null ? o.startedAt - o.firstCallAt : null,
    });
  };

  for (const e of events) {
    switch (e.type) {
      case 'issue':
        // An appointment checked in early waits from its slot start: the minutes before it were its own choice.
        open = join(Math.max(e.at, ticket.appointmentAt ?? e.at), true);
        break;
      case 'call':
      case 'recall':
        open ??= join(e.at, false);
        if (open.firstCallAt === null) {
          open.firstCallAt = e.at;
          open.counterId = e.counterId;
          open.staff = e.staff;
        }
        open.lastCallAt = e.at;
        break;
      case 'start':
        if (open && open.startedAt === null) open.startedAt = e.at;
        break;
      case 'finish':
        if (open) close(open, e.outcome && FINISH_OUTCOMES.has(e.outcome) ? (e.outcome as KpiOutcome) : 'other', e);
        open = null;
        break;
      case 'no-show':
      case 'park':
      case 'cancel':
        if (open) close(open, e.type === 'no-show' ? 'no-show' : e.type === 'park' ? 'parked' : 'cancelled', e);
        open = null;
        break;
      case 'transfer':
        if (open) close(open, 'transferred', e);
        line = e.toQueue ?? line;
        open = join(e.at, true);
        break;
      case 'resume':
        open = join(e.at, true);
        break;
      default:
        // An event type this version does not know (a later feature's) carries no KPI meaning yet.
        break;
    }
  }
  if (open) close(open, 'unfinished', null);
  return out;
}
