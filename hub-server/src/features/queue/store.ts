import type { Db } from '../../infra/db.ts';
import type { CallEvent, Priority, TicketStatus } from '../../contract/index.ts';

export interface TicketRow {
  id: string;
  queue_id: string;
  service_id: string;
  service_day: string;
  seq: number;
  number: string;
  priority: Priority;
  status: TicketStatus;
  kiosk_id: string | null;
  counter_id: string | null;
  status_token: string;
  created_at: string;
  called_at: string | null;
  finished_at: string | null;
}

export interface EventRecord {
  ticketId: string;
  type: string;
  from: TicketStatus | null;
  to: TicketStatus;
  counterId?: string | null;
  staff?: string | null;
  at: string;
  data?: unknown;
}

/** SQL for tickets, their event log and the call log. Callers own the transactions. */
export class TicketStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO tickets (id, queue_id, service_id, service_day, seq, number, priority, status, kiosk_id, status_token, created_at)
         VALUES (@id, @queue_id, @service_id, @service_day, @seq, @number, @priority, @status, @kiosk_id, @status_token, @created_at)`,
      ),
      byId: db.prepare('SELECT * FROM tickets WHERE id = ?'),
      byToken: db.prepare('SELECT * FROM tickets WHERE status_token = ?'),
      event: db.prepare(
        `INSERT INTO ticket_events (ticket_id, type, from_status, to_status, counter_id, staff, at, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      ahead: db.prepare(
        `SELECT COUNT(*) AS n FROM tickets
         WHERE queue_id = ? AND service_day = ? AND status = 'waiting' AND seq < ?`,
      ),
      waitingCounts: db.prepare(
        `SELECT queue_id, COUNT(*) AS n FROM tickets WHERE service_day = ? AND status = 'waiting' GROUP BY queue_id`,
      ),
      active: db.prepare(`SELECT * FROM tickets WHERE counter_id = ? AND status IN ('called', 'serving') ORDER BY called_at DESC`),
      setStatus: db.prepare(
        `UPDATE tickets SET status = @status, counter_id = @counter_id, called_at = COALESCE(@called_at, called_at),
         finished_at = COALESCE(@finished_at, finished_at) WHERE id = @id AND status = @from`,
      ),
      insertCall: db.prepare('INSERT INTO calls (id, ticket_id, counter_id, at, payload) VALUES (?, ?, ?, ?, ?)'),
      recentCalls: db.prepare('SELECT seq, payload FROM calls ORDER BY seq DESC LIMIT ?'),
    };
  }

  insert(row: TicketRow): void {
    this.stmts.insert.run(row);
  }

  byId(id: string): TicketRow | undefined {
    return this.stmts.byId.get(id) as TicketRow | undefined;
  }

  byToken(token: string): TicketRow | undefined {
    return this.stmts.byToken.get(token) as TicketRow | undefined;
  }

  appendEvent(e: EventRecord): void {
    this.stmts.event.run(e.ticketId, e.type, e.from, e.to, e.counterId ?? null, e.staff ?? null, e.at, e.data === undefined ? null : JSON.stringify(e.data));
  }

  /** Waiting tickets of the same line and day that were issued earlier (a lower number). */
  peopleAhead(t: Pick<TicketRow, 'queue_id' | 'service_day' | 'seq'>): number {
    return (this.stmts.ahead.get(t.queue_id, t.service_day, t.seq) as { n: number }).n;
  }

  waitingByQueue(day: string): Map<string, number> {
    const rows = this.stmts.waitingCounts.all(day) as Array<{ queue_id: string; n: number }>;
    return new Map(rows.map((r) => [r.queue_id, r.n]));
  }

  waitingIn(queueIds: string[], day: string): TicketRow[] {
    if (!queueIds.length) return [];
    const marks = queueIds.map(() => '?').join(',');
    return this.db
      .prepare(`SELECT * FROM tickets WHERE status = 'waiting' AND service_day = ? AND queue_id IN (${marks})`)
      .all(day, ...queueIds) as TicketRow[];
  }

  activeAt(counterId: string): TicketRow[] {
    return this.stmts.active.all(counterId) as TicketRow[];
  }

  /** Moves a ticket only if it is still in `from`; false means someone else moved it first. */
  setStatus(change: { id: string; from: TicketStatus; status: TicketStatus; counter_id: string | null; called_at?: string; finished_at?: string }): boolean {
    return this.stmts.setStatus.run({ called_at: null, finished_at: null, ...change }).changes === 1;
  }

  /** Records a call; the row id is the hall-wide call sequence, so it is not stored twice. */
  insertCall(call: Omit<CallEvent, 'seq'>): CallEvent {
    const info = this.stmts.insertCall.run(call.callId, call.ticketId, call.counterId, call.at, JSON.stringify(call));
    return { ...call, seq: Number(info.lastInsertRowid) };
  }

  recentCalls(limit: number): CallEvent[] {
    const rows = this.stmts.recentCalls.all(limit) as Array<{ seq: number; payload: string }>;
    return rows.map((r) => ({ ...(JSON.parse(r.payload) as Omit<CallEvent, 'seq'>), seq: r.seq }));
  }
}
