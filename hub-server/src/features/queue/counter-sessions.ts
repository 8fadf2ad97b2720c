import type { Db } from '../../infra/db.ts';

export interface CounterSession {
  id: number;
  counterId: string;
  staff: string;
  queueIds: string[];
  since: string;
}

interface Row {
  id: number;
  counter_id: string;
  staff: string;
  queue_ids: string;
  signed_in_at: string;
}

const toSession = (r: Row): CounterSession => ({
  id: r.id, counterId: r.counter_id, staff: r.staff, queueIds: JSON.parse(r.queue_ids) as string[], since: r.signed_in_at,
});

/** Who sits at which counter, serving which lines. Unique indexes keep one session per counter and per person. */
export class CounterSessions {
  constructor(private readonly db: Db) {}

  atCounter(counterId: string): CounterSession | null {
    const row = this.db.prepare('SELECT * FROM counter_sessions WHERE counter_id = ? AND signed_out_at IS NULL').get(counterId) as Row | undefined;
    return row ? toSession(row) : null;
  }

  ofStaff(staff: string): CounterSession | null {
    const row = this.db.prepare('SELECT * FROM counter_sessions WHERE staff = ? AND signed_out_at IS NULL').get(staff) as Row | undefined;
    return row ? toSession(row) : null;
  }

  open(counterId: string, staff: string, queueIds: string[], at: string): void {
    this.db
      .prepare('INSERT INTO counter_sessions (counter_id, staff, queue_ids, signed_in_at) VALUES (?, ?, ?, ?)')
      .run(counterId, staff, JSON.stringify(queueIds), at);
  }

  close(id: number, at: string): void {
    this.db.prepare('UPDATE counter_sessions SET signed_out_at = ? WHERE id = ?').run(at, id);
  }

  all(): CounterSession[] {
    return (this.db.prepare('SELECT * FROM counter_sessions WHERE signed_out_at IS NULL').all() as Row[]).map(toSession);
  }
}
