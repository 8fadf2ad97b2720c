import type { SubscriptionStatus, SubscriptionTopics } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';

export interface SubscriptionRow {
  id: string;
  phone: string;
  status: SubscriptionStatus;
  topics: SubscriptionTopics;
  codeHash: string | null;
  codeExpiresAt: string | null;
  codeAttempts: number;
  confirmedAt: string | null;
  pendingVacancies: number[];
  pendingNotices: string[];
  lastAlertAt: string | null;
}

interface Raw {
  id: string; phone: string; status: SubscriptionStatus; topics: string; code_hash: string | null; code_expires_at: string | null;
  code_attempts: number; confirmed_at: string | null; pending_vacancies: string; pending_notices: string; last_alert_at: string | null;
}

const row = (r: Raw): SubscriptionRow => ({
  id: r.id, phone: r.phone, status: r.status, topics: JSON.parse(r.topics) as SubscriptionTopics, codeHash: r.code_hash,
  codeExpiresAt: r.code_expires_at, codeAttempts: r.code_attempts, confirmedAt: r.confirmed_at,
  pendingVacancies: JSON.parse(r.pending_vacancies) as number[], pendingNotices: JSON.parse(r.pending_notices) as string[], lastAlertAt: r.last_alert_at,
});

export type SendKind = 'code' | 'alert' | 'notice' | 'stop';

/** The sms_subscriptions and subscription_sends tables. Callers own the transactions. */
export class SubscriptionStore {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  insertPending(s: { id: string; phone: string; topics: SubscriptionTopics; codeHash: string; expiresAt: string; at: string }): void {
    this.db.prepare(`INSERT INTO sms_subscriptions (id, phone, status, topics, code_hash, code_expires_at, created_at) VALUES (?, ?, 'pending', ?, ?, ?, ?)`)
      .run(s.id, s.phone, JSON.stringify(s.topics), s.codeHash, s.expiresAt, s.at);
  }

  get(id: string): SubscriptionRow | null {
    const r = this.db.prepare('SELECT * FROM sms_subscriptions WHERE id = ?').get(id) as Raw | undefined;
    return r ? row(r) : null;
  }

  /** Confirmed: any earlier subscription of the number gives way (one per number), the code is forgotten. */
  activate(id: string, phone: string, at: string): void {
    this.db.prepare(`DELETE FROM sms_subscriptions WHERE phone = ? AND id != ?`).run(phone, id);
    this.db.prepare(`UPDATE sms_subscriptions SET status = 'active', confirmed_at = ?, code_hash = NULL, code_expires_at = NULL, code_attempts = 0 WHERE id = ?`).run(at, id);
  }

  setAttempts(id: string, n: number): void {
    this.db.prepare('UPDATE sms_subscriptions SET code_attempts = ? WHERE id = ?').run(n, id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM sms_subscriptions WHERE id = ?').run(id);
  }

  deletePendingOf(phone: string): void {
    this.db.prepare(`DELETE FROM sms_subscriptions WHERE phone = ? AND status = 'pending'`).run(phone);
  }

  /** Every subscription of a number, pending or active: its rows and so the number go. Returns how many. */
  deleteByPhone(phone: string): number {
    return this.db.prepare('DELETE FROM sms_subscriptions WHERE phone = ?').run(phone).changes;
  }

  /** Pending requests whose code has expired: deleted, number and all. */
  deleteExpired(nowIso: string): number {
    return this.db.prepare(`DELETE FROM sms_subscriptions WHERE status = 'pending' AND code_expires_at <= ?`).run(nowIso).changes;
  }

  active(): SubscriptionRow[] {
    return (this.db.prepare(`SELECT * FROM sms_subscriptions WHERE status = 'active'`).all() as Raw[]).map(row);
  }

  setPending(id: string, vacancies: number[], notices: string[]): void {
    this.db.prepare('UPDATE sms_subscriptions SET pending_vacancies = ?, pending_notices = ? WHERE id = ?').run(JSON.stringify(vacancies), JSON.stringify(notices), id);
  }

  markAlerted(id: string, at: string): void {
    this.db.prepare('UPDATE sms_subscriptions SET last_alert_at = ? WHERE id = ?').run(at, id);
  }

  logSend(kind: SendKind, at: string): void {
    this.db.prepare('INSERT INTO subscription_sends (kind, at) VALUES (?, ?)').run(kind, at);
  }

  sentSince(sinceIso: string): Record<SendKind, number> {
    const out: Record<SendKind, number> = { code: 0, alert: 0, notice: 0, stop: 0 };
    for (const r of this.db.prepare('SELECT kind, COUNT(*) AS n FROM subscription_sends WHERE at >= ? GROUP BY kind').all(sinceIso) as Array<{ kind: SendKind; n: number }>) out[r.kind] = r.n;
    return out;
  }

  countPending(): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM sms_subscriptions WHERE status = 'pending'`).get() as { n: number }).n;
  }
}
