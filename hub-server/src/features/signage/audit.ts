import type { Db } from '../../infra/db.ts';
import type { SignageAuditEntry } from '../../contract/index.ts';
import type { WriteQueue } from './write-queue.ts';

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  detail: string;
}

/**
 * The signage audit log: every approval, publish, alert step, screen registration and screen coming and going.
 * Append-only (triggers refuse UPDATE and DELETE). Its own table until the hub has one audit log for all staff
 * actions (the Trust work); then these rows move there.
 */
export class SignageAudit {
  private readonly insert;

  constructor(private readonly db: Db, private readonly now: () => Date, private readonly writes: WriteQueue) {
    this.insert = db.prepare('INSERT INTO signage_audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)');
  }

  /** Written with the burst's other writes (write-queue.ts), or in the caller's transaction; the time is taken now. */
  record(actor: string, action: string, subject: string, detail: Record<string, unknown> = {}): void {
    const at = this.now().toISOString();
    const text = JSON.stringify(detail);
    this.writes.add(() => this.insert.run(at, actor, action, subject, text));
  }

  /** Newest first; `subject` narrows to one alert, screen or item, `action` to a prefix such as "alert.". */
  list(opts: { subject?: string; action?: string; limit?: number } = {}): SignageAuditEntry[] {
    this.writes.flush();
    const rows = this.db
      .prepare(
        `SELECT * FROM signage_audit WHERE (? IS NULL OR subject = ?) AND (? IS NULL OR action LIKE ? || '%')
         ORDER BY seq DESC LIMIT ?`,
      )
      .all(opts.subject ?? null, opts.subject ?? null, opts.action ?? null, opts.action ?? null, opts.limit ?? 200) as Row[];
    return rows.map((r) => ({ seq: r.seq, at: r.at, actor: r.actor, action: r.action, subject: r.subject, detail: JSON.parse(r.detail) as Record<string, unknown> }));
  }
}
