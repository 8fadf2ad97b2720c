import type Database from 'better-sqlite3';
import type { Db } from '../../infra/db.ts';

/** A012: the prefix and at least three digits, which is what the voice reads digit by digit. */
export function formatNumber(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(3, '0')}`;
}

/** The highest number a day can reach; TicketNumber allows four digits. */
export const MAX_SEQ_PER_DAY = 9999;

/**
 * The next number of a queue line for a service day. One UPSERT inside the caller's transaction: SQLite has a
 * single writer, so two kiosks can never get the same number, and a rolled-back ticket gives its number back.
 */
export function nextSeq(db: Db, queueId: string, day: string): number {
  const row = statements(db).next.get(queueId, day) as { last_seq: number };
  return row.last_seq;
}

/** How many tickets a queue line has issued on a service day. */
export function issuedOn(db: Db, queueId: string, day: string): number {
  const row = statements(db).issued.get(queueId, day) as { last_seq: number } | undefined;
  return row?.last_seq ?? 0;
}

const prepared = new WeakMap<Db, { next: Database.Statement; issued: Database.Statement }>();

/** Prepared once per database: preparing costs more than running these one-row statements. */
function statements(db: Db) {
  let s = prepared.get(db);
  if (!s) {
    s = {
      next: db.prepare(
        `INSERT INTO ticket_sequences (queue_id, service_day, last_seq) VALUES (?, ?, 1)
         ON CONFLICT (queue_id, service_day) DO UPDATE SET last_seq = last_seq + 1
         RETURNING last_seq`,
      ),
      issued: db.prepare('SELECT last_seq FROM ticket_sequences WHERE queue_id = ? AND service_day = ?'),
    };
    prepared.set(db, s);
  }
  return s;
}
