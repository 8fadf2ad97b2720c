import type Database from 'better-sqlite3';
import type { Db } from '../../infra/db.ts';
import type { CallEvent, Priority, TicketSource, TicketStatus } from '../../contract/index.ts';

export interface TicketRow {
  id: string;
  queue_id: string;
  service_id: string;
  service_day: string;
  seq: number;
  number: string;
  priority: Priority;
  status: TicketStatus;
  source: TicketSource;
  kiosk_id: string | null;
  counter_id: string | null;
  target_counter_id: string | null;
  status_token: string;
  created_at: string;
  called_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  call_count: number;
  outcome: string | null;
  appointment_at: string | null;
}

/** Columns a state change may set besides the status. */
export type TicketChange = Partial<Pick<TicketRow, 'counter_id' | 'target_counter_id' | 'queue_id' | 'called_at' | 'started_at' | 'finished_at' | 'outcome'>> & {
  /** Count this change as one more call (a call or a recall). */
  called?: boolean;
};

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

/** "People ahead" is exact below this; a line this long is reported as this many. */
export const PEOPLE_AHEAD_CAP = 999;

const CHANGEABLE = new Set(['counter_id', 'target_counter_id', 'queue_id', 'called_at', 'started_at', 'finished_at', 'outcome']);

/** SQL for tickets, their event log and the call log. Callers own the transactions. */
export class TicketStore {
  private readonly stmts;
  /** Statements whose SQL depends on the call (an IN list, a set of columns), prepared once per shape. */
  private readonly shaped = new Map<string, Database.Statement>();
  /**
   * Per line and day: the newest ticket's number, and how many tickets wait with a number up to it. Counting
   * the waiting line for every new ticket walked up to PEOPLE_AHEAD_CAP index entries; while only new tickets
   * join, the count just grows by one. Any other change to a ticket, or a rolled-back issue (`forgetCounts`),
   * drops it and the next ticket counts again, so it always equals the SQL answer.
   */
  private readonly lines = new Map<string, { newest: number; waiting: number | null }>();

  constructor(private readonly db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO tickets (id, queue_id, service_id, service_day, seq, number, priority, status, source, kiosk_id, status_token, created_at, appointment_at)
         VALUES (@id, @queue_id, @service_id, @service_day, @seq, @number, @priority, @status, @source, @kiosk_id, @status_token, @created_at, @appointment_at)`,
      ),
      byId: db.prepare('SELECT * FROM tickets WHERE id = ?'),
      byToken: db.prepare('SELECT * FROM tickets WHERE status_token = ?'),
      event: db.prepare(
        `INSERT INTO ticket_events (ticket_id, type, from_status, to_status, counter_id, staff, at, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      // Counted exactly up to PEOPLE_AHEAD_CAP: past that a wait is measured in days, and an unbounded count
      // would cost time in proportion to the line on every ticket issued.
      ahead: db.prepare(
        `SELECT COUNT(*) AS n FROM (SELECT 1 FROM tickets
         WHERE queue_id = ? AND service_day = ? AND status = 'waiting' AND seq < ? LIMIT ${PEOPLE_AHEAD_CAP})`,
      ),
      competitors: db.prepare(
        `SELECT * FROM tickets WHERE service_day = @day AND status = 'waiting' AND id <> @id
         AND ((queue_id = @queue AND (@target IS NULL OR target_counter_id IS NULL OR target_counter_id = @target)) OR (@target IS NOT NULL AND target_counter_id = @target))
         LIMIT ${PEOPLE_AHEAD_CAP}`,
      ),
      waitingCounts: db.prepare(
        `SELECT queue_id, COUNT(*) AS n FROM tickets WHERE service_day = ? AND status = 'waiting' GROUP BY queue_id`,
      ),
      active: db.prepare(`SELECT * FROM tickets WHERE counter_id = ? AND status IN ('called', 'serving') ORDER BY called_at DESC`),
      parkedAt: db.prepare(`SELECT * FROM tickets WHERE counter_id = ? AND status = 'parked' ORDER BY called_at`),
      insertCall: db.prepare('INSERT INTO calls (id, ticket_id, counter_id, at, payload) VALUES (?, ?, ?, ?, ?)'),
      recentCalls: db.prepare('SELECT seq, payload FROM calls ORDER BY seq DESC LIMIT ?'),
      usage: db.prepare(`SELECT service_id, COUNT(*) AS n FROM tickets WHERE service_day >= ? GROUP BY service_id ORDER BY n DESC, service_id`),
    };
  }

  /** Tickets taken per service since a service day, most first. */
  usageSince(day: string): Array<{ serviceId: string; tickets: number }> {
    return (this.stmts.usage.all(day) as Array<{ service_id: string; n: number }>).map((r) => ({ serviceId: r.service_id, tickets: r.n }));
  }

  insert(row: TicketRow): void {
    this.stmts.insert.run(row);
    const key = `${row.queue_id}/${row.service_day}`;
    const line = this.lines.get(key);
    if (row.status !== 'waiting') return void this.lines.delete(key);
    // An entry means its newest ticket is still waiting: any other change clears them all.
    this.lines.set(key, { newest: row.seq, waiting: line && line.newest < row.seq && line.waiting !== null ? line.waiting + 1 : null });
  }

  /** After a rolled-back transaction that issued tickets: the remembered counts may include them. */
  forgetCounts(): void {
    this.lines.clear();
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

  /**
   * The waiting tickets that compete with `t` for a call, at most PEOPLE_AHEAD_CAP of them. For a ticket of a
   * line: every ticket waiting in that line (one transferred to a counter of the line goes first there too).
   * For a ticket transferred to a counter: its line's untransferred tickets and those sent to the same counter.
   */
  competitors(t: Pick<TicketRow, 'id' | 'queue_id' | 'service_day' | 'target_counter_id'>): TicketRow[] {
    return this.stmts.competitors.all({ id: t.id, queue: t.queue_id, day: t.service_day, target: t.target_counter_id }) as TicketRow[];
  }

  /** Waiting tickets of the same line and day that were issued earlier (a lower number). */
  peopleAhead(t: Pick<TicketRow, 'queue_id' | 'service_day' | 'seq'>): number {
    return (this.stmts.ahead.get(t.queue_id, t.service_day, t.seq) as { n: number }).n;
  }

  /**
   * peopleAhead for a ticket just inserted, in the issuing transaction: from the remembered line count when
   * only new tickets joined since it was taken. Only the issuing path fills the count, and it forgets it
   * when its transaction rolls back, so no uncommitted change of another kind is ever remembered.
   */
  peopleAheadOfNew(t: Pick<TicketRow, 'queue_id' | 'service_day' | 'seq'>): number {
    const line = this.lines.get(`${t.queue_id}/${t.service_day}`);
    if (line?.newest !== t.seq) return this.peopleAhead(t);
    if (line.waiting !== null) return Math.min(line.waiting - 1, PEOPLE_AHEAD_CAP);
    const n = this.peopleAhead(t);
    line.waiting = n + 1; // n may be the cap; counting on from it still reads as the cap
    return n;
  }

  waitingByQueue(day: string): Map<string, number> {
    const rows = this.stmts.waitingCounts.all(day) as Array<{ queue_id: string; n: number }>;
    return new Map(rows.map((r) => [r.queue_id, r.n]));
  }

  /**
   * Waiting tickets a counter may call: those of its lines, and those transferred to it by another counter.
   * A ticket transferred to a particular counter waits for that counter only.
   */
  waitingFor(counterId: string, queueIds: string[], day: string): TicketRow[] {
    const marks = queueIds.map(() => '?').join(',') || "''";
    return this.shape(
      `SELECT * FROM tickets WHERE status = 'waiting' AND service_day = ?
       AND (target_counter_id = ? OR (target_counter_id IS NULL AND queue_id IN (${marks})))`,
    ).all(day, counterId, ...queueIds) as TicketRow[];
  }

  activeAt(counterId: string): TicketRow[] {
    return this.stmts.active.all(counterId) as TicketRow[];
  }

  parkedAt(counterId: string): TicketRow[] {
    return this.stmts.parkedAt.all(counterId) as TicketRow[];
  }

  /**
   * Moves a ticket from `from` to `to`, setting the given columns. Only if it is still in `from`: false means
   * someone else moved it first (two consoles, a double tap), and the caller refuses the action.
   */
  setStatus(id: string, from: TicketStatus, to: TicketStatus, change: TicketChange = {}): boolean {
    const { called, ...columns } = change;
    for (const k of Object.keys(columns)) if (!CHANGEABLE.has(k)) throw new Error(`tickets.${k} cannot be changed this way`);
    const sets = ['status = @to', ...Object.keys(columns).map((k) => `${k} = @${k}`)];
    if (called) sets.push('call_count = call_count + 1');
    const sql = `UPDATE tickets SET ${sets.join(', ')} WHERE id = @id AND status = @from`;
    this.lines.clear(); // a call, a transfer, a no-show: waiting counts change in ways only SQL can say
    return this.shape(sql).run({ ...columns, id, from, to }).changes === 1;
  }

  private shape(sql: string): Database.Statement {
    let stmt = this.shaped.get(sql);
    if (!stmt) this.shaped.set(sql, (stmt = this.db.prepare(sql)));
    return stmt;
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
