import type { Db } from '../../infra/db.ts';

/** One row of ticket_events as reports read it; times in epoch milliseconds. */
export interface LoggedEvent {
  type: string;
  at: number;
  counterId: string | null;
  staff: string | null;
  /** finish: the visit outcome from data.outcome. */
  outcome?: string | null;
  /** transfer: data.toQueue, the line the ticket waits in next (null: same line, another counter). */
  toQueue?: string | null;
}

export interface LoggedTicket {
  id: string;
  serviceId: string;
  /** tickets.queue_id: the line it is in now, after any transfer. */
  queueId: string;
  /** The line the catalogue gives the ticket's service: the line it was issued into. */
  serviceQueueId: string | null;
  /** For an appointment's ticket, its slot start (epoch ms): the visitor's wait counts from then, not from an early check-in. */
  appointmentAt?: number | null;
}

type Raw = [
  ticketId: string, queueId: string, serviceId: string, appointmentAt: number | null, type: string, atMs: number, counterId: string | null, staff: string | null,
  arg: string | null,
];

/**
 * The queue's event log read back, for reports (the KPIs): tickets with their events, in log order. The queue
 * owns the tables; this is the read side other capabilities get. Everything goes through indexes the queue
 * already has: tickets by (queue_id, service_day, seq), events by (ticket_id, id) and by id.
 */
export class TicketLog {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      // A loose index scan: one seek per line, not a pass over every ticket.
      queues: db
        .prepare(
          `WITH RECURSIVE q(id) AS (
             SELECT min(queue_id) FROM tickets
             UNION ALL SELECT (SELECT min(queue_id) FROM tickets WHERE queue_id > q.id) FROM q WHERE q.id IS NOT NULL)
           SELECT id FROM q WHERE id IS NOT NULL`,
        )
        .pluck(),
      // Tickets drive the join (CROSS JOIN fixes the order) and each ticket's events arrive through the
      // (ticket_id, id) index already in log order: no sort. Left to itself SQLite scans the whole log.
      // SQLite parses the timestamps (julianday, in C) and picks the one JSON field each event type needs.
      ticketsOn: db
        .prepare(
          `SELECT t.id, t.queue_id, t.service_id, CAST(round((julianday(t.appointment_at) - 2440587.5) * 86400000) AS INTEGER), e.type,
                  CAST(round((julianday(e.at) - 2440587.5) * 86400000) AS INTEGER),
                  e.counter_id, e.staff,
                  CASE e.type WHEN 'finish' THEN json_extract(e.data, '$.outcome')
                              WHEN 'transfer' THEN json_extract(e.data, '$.toQueue') END
           FROM tickets t CROSS JOIN ticket_events e ON e.ticket_id = t.id
           WHERE t.queue_id = ? AND t.service_day = ?
           ORDER BY t.seq, e.id`,
        )
        .raw(true),
      lastEvent: db.prepare('SELECT max(id) FROM ticket_events').pluck(),
      daysTouched: db
        .prepare(
          `SELECT DISTINCT t.service_day FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
           WHERE e.id > ? AND e.id <= ?`,
        )
        .pluck(),
    };
  }

  /** Every line a ticket is in (lines removed from hall.json since included). */
  queueIds(): string[] {
    return this.stmts.queues.all() as string[];
  }

  /**
   * Calls `visit` once per ticket now in line `queueId` and issued on service day `day`, with its events in
   * log order. Returns how many tickets there were.
   */
  forEachTicket(queueId: string, day: string, serviceQueue: (serviceId: string) => string | null, visit: (t: LoggedTicket, events: LoggedEvent[]) => void): number {
    let ticket: LoggedTicket | undefined;
    let events: LoggedEvent[] = [];
    let tickets = 0;
    for (const row of this.stmts.ticketsOn.iterate(queueId, day) as IterableIterator<Raw>) {
      const [id, queue, serviceId, appointmentAt, type, at, counterId, staff, arg] = row;
      if (id !== ticket?.id) {
        if (ticket) visit(ticket, events);
        ticket = { id, queueId: queue, serviceId, serviceQueueId: serviceQueue(serviceId), appointmentAt };
        events = [];
        tickets++;
      }
      const e: LoggedEvent = { type, at, counterId, staff };
      if (type === 'finish') e.outcome = arg;
      else if (type === 'transfer') e.toQueue = arg;
      events.push(e);
    }
    if (ticket) visit(ticket, events);
    return tickets;
  }

  /** The id of the newest event; 0 for an empty log. */
  lastEventId(): number {
    return (this.stmts.lastEvent.get() as number | null) ?? 0;
  }

  /** Service days of the tickets that events after..upTo (ids) belong to. */
  daysTouched(after: number, upTo: number): string[] {
    return this.stmts.daysTouched.all(after, upTo) as string[];
  }
}
