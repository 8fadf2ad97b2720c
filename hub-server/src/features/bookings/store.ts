import type { BookingStatus } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';

export interface BookingRow {
  id: string;
  code: string;
  flow_id: string;
  flow_version: number;
  session_id: string;
  host_id: string;
  service_day: string;
  slot_start: string;
  slot_end: string;
  places: number;
  capacity: number;
  topic: string | null;
  party_size: number | null;
  organisation: string | null;
  name_masked: string;
  phone_masked: string;
  phone_sealed: string | null;
  phone_hash: string;
  seeker_id: string | null;
  status: BookingStatus;
  kiosk_id: string | null;
  print_job_id: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export type NewBooking = Omit<BookingRow, 'status' | 'updated_at' | 'updated_by' | 'print_job_id'>;

/** session_bookings: the bookings capability's only table. */
export class BookingStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO session_bookings (id, code, flow_id, flow_version, session_id, host_id, service_day, slot_start, slot_end, places, capacity,
           topic, party_size, organisation, name_masked, phone_masked, phone_sealed, phone_hash, seeker_id, status, kiosk_id, created_at, updated_at, updated_by)
         VALUES (@id, @code, @flow_id, @flow_version, @session_id, @host_id, @service_day, @slot_start, @slot_end, @places, @capacity,
           @topic, @party_size, @organisation, @name_masked, @phone_masked, @phone_sealed, @phone_hash, @seeker_id, 'booked', @kiosk_id, @created_at, @created_at, @by)`,
      ),
      setPrintJob: db.prepare('UPDATE session_bookings SET print_job_id = ? WHERE id = ?'),
      taken: db.prepare(
        `SELECT slot_start, host_id, SUM(places) AS n FROM session_bookings
         WHERE flow_id = ? AND service_day = ? AND status != 'cancelled' GROUP BY slot_start, host_id`,
      ),
      takenSlot: db.prepare(`SELECT COALESCE(SUM(places), 0) AS n FROM session_bookings WHERE flow_id = ? AND slot_start = ? AND host_id = ? AND status != 'cancelled'`),
      codeOpen: db.prepare(`SELECT 1 FROM session_bookings WHERE code = ? AND status = 'booked'`),
      byCode: db.prepare('SELECT * FROM session_bookings WHERE code = ? ORDER BY created_at DESC LIMIT 1'),
      byId: db.prepare('SELECT * FROM session_bookings WHERE id = ?'),
      overlapping: db.prepare(`SELECT flow_id, slot_start FROM session_bookings WHERE phone_hash = ? AND status = 'booked' AND slot_start < ? AND slot_end > ?`),
      onDay: db.prepare('SELECT * FROM session_bookings WHERE service_day = ? ORDER BY slot_start, host_id, created_at'),
      setStatus: db.prepare(
        `UPDATE session_bookings SET status = @to, phone_sealed = NULL, updated_at = @at, updated_by = @by WHERE id = @id AND status = @from`,
      ),
      upcoming: db.prepare(`SELECT * FROM session_bookings WHERE seeker_id = ? AND status = 'booked' AND slot_end > ? ORDER BY slot_start LIMIT 20`),
      history: db.prepare(`SELECT * FROM session_bookings WHERE seeker_id = ? AND slot_end <= ? ORDER BY slot_start DESC LIMIT ?`),
      forget: db.prepare(`UPDATE session_bookings SET phone_sealed = NULL WHERE phone_sealed IS NOT NULL AND slot_end < ?`),
    };
  }

  insert(row: NewBooking & { by: string }): void {
    this.stmts.insert.run(row);
  }

  setPrintJob(id: string, jobId: string): void {
    this.stmts.setPrintJob.run(jobId, id);
  }

  /** Places held per slot start and host on a day. */
  taken(flowId: string, day: string): Map<string, number> {
    const rows = this.stmts.taken.all(flowId, day) as Array<{ slot_start: string; host_id: string; n: number }>;
    return new Map(rows.map((r) => [`${r.slot_start}|${r.host_id}`, r.n]));
  }

  takenSlot(flowId: string, slotStart: string, host: string): number {
    return (this.stmts.takenSlot.get(flowId, slotStart, host) as { n: number }).n;
  }

  codeOpen(code: string): boolean {
    return this.stmts.codeOpen.get(code) !== undefined;
  }

  byCode(code: string): BookingRow | undefined {
    return this.stmts.byCode.get(code) as BookingRow | undefined;
  }

  byId(id: string): BookingRow | undefined {
    return this.stmts.byId.get(id) as BookingRow | undefined;
  }

  /** Open bookings of this person that overlap [start, end). */
  overlapping(phoneHash: string, start: string, end: string): Array<{ flow_id: string; slot_start: string }> {
    return this.stmts.overlapping.all(phoneHash, end, start) as Array<{ flow_id: string; slot_start: string }>;
  }

  onDay(day: string): BookingRow[] {
    return this.stmts.onDay.all(day) as BookingRow[];
  }

  /** Moves a booking out of `from`; the sealed mobile goes with it, the booking no longer needs it. */
  setStatus(id: string, from: BookingStatus, to: BookingStatus, at: string, by: string): boolean {
    return this.stmts.setStatus.run({ id, from, to, at, by }).changes === 1;
  }

  upcoming(seekerId: string, now: string): BookingRow[] {
    return this.stmts.upcoming.all(seekerId, now) as BookingRow[];
  }

  history(seekerId: string, now: string, limit: number): BookingRow[] {
    return this.stmts.history.all(seekerId, now, limit) as BookingRow[];
  }

  /** Sealed mobiles of sessions that are over: a booking only needs a way to reach its holder before it. */
  forgetPast(now: string): number {
    return this.stmts.forget.run(now).changes;
  }
}
