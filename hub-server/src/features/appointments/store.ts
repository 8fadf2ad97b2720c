import type { Db } from '../../infra/db.ts';

export interface AppointmentRow {
  id: string;
  code: string;
  queue_id: string;
  service_id: string;
  service_day: string;
  slot_start: string;
  slot_end: string;
  status: 'booked' | 'checked-in' | 'cancelled';
  ticket_id: string | null;
  created_at: string;
  checked_in_at: string | null;
  cancelled_at: string | null;
}

export class AppointmentStore {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO appointments (id, code, queue_id, service_id, service_day, slot_start, slot_end, status, created_at)
         VALUES (@id, @code, @queue_id, @service_id, @service_day, @slot_start, @slot_end, 'booked', @created_at)`,
      ),
      byCode: db.prepare(`SELECT * FROM appointments WHERE code = ? ORDER BY created_at DESC LIMIT 1`),
      openCode: db.prepare(`SELECT 1 FROM appointments WHERE code = ? AND status = 'booked'`),
      taken: db.prepare(
        `SELECT slot_start, COUNT(*) AS n FROM appointments WHERE queue_id = ? AND service_day = ? AND status != 'cancelled' GROUP BY slot_start`,
      ),
      checkIn: db.prepare(`UPDATE appointments SET status = 'checked-in', ticket_id = ?, checked_in_at = ? WHERE id = ? AND status = 'booked'`),
      cancel: db.prepare(`UPDATE appointments SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'booked'`),
    };
  }

  insert(row: Omit<AppointmentRow, 'status' | 'ticket_id' | 'checked_in_at' | 'cancelled_at'>): void {
    this.stmts.insert.run(row);
  }

  byCode(code: string): AppointmentRow | undefined {
    return this.stmts.byCode.get(code) as AppointmentRow | undefined;
  }

  codeInUse(code: string): boolean {
    return this.stmts.openCode.get(code) !== undefined;
  }

  /** Bookings per slot start of a line on a day (cancelled ones free their place). */
  taken(queueId: string, day: string): Map<string, number> {
    const rows = this.stmts.taken.all(queueId, day) as Array<{ slot_start: string; n: number }>;
    return new Map(rows.map((r) => [r.slot_start, r.n]));
  }

  checkIn(id: string, ticketId: string, at: string): boolean {
    return this.stmts.checkIn.run(ticketId, at, id).changes === 1;
  }

  cancel(id: string, at: string): boolean {
    return this.stmts.cancel.run(at, id).changes === 1;
  }
}
