import type { Db } from '../../infra/db.ts';
import type { KpiEvent, KpiTicket } from './transactions.ts';

type Raw = [ticketId: string, queueId: string, serviceId: string, type: string, atMs: number, counterId: string | null, staff: string | null, arg: string | null];

/**
 * The SQL of the KPIs. Everything goes through indexes the queue already has: tickets by
 * (queue_id, service_day, seq), events by (ticket_id, id) and by id.
 */
export class KpiStore {
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
          `SELECT t.id, t.queue_id, t.service_id, e.type,
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
      names: db.prepare('SELECT username, display_name FROM staff').raw(true),
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
  forEachTicket(queueId: string, day: string, serviceQueue: (serviceId: string) => string | null, visit: (t: KpiTicket, events: KpiEvent[]) => void): number {
    let ticket: KpiTicket | undefined;
    let events: KpiEvent[] = [];
    let tickets = 0;
    for (const row of this.stmts.ticketsOn.iterate(queueId, day) as IterableIterator<Raw>) {
      const [id, queue, serviceId, type, at, counterId, staff, arg] = row;
      if (id !== ticket?.id) {
        if (ticket) visit(ticket, events);
        ticket = { id, queueId: queue, serviceId, serviceQueueId: serviceQueue(serviceId) };
        events = [];
        tickets++;
      }
      const e: KpiEvent = { type, at, counterId, staff };
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

  /** username → display name, for labelling rows by staff member. */
  staffNames(): Map<string, string> {
    return new Map(this.stmts.names.all() as Array<[string, string]>);
  }
}
