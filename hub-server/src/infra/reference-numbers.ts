import type { Db } from './db.ts';

/**
 * A printed reference such as TJ20261126-0007: a prefix, the day and the day's sequence from one UPSERT, so two
 * kiosks never get the same number. Call inside the transaction that stores what it refers to.
 */
export function nextReference(db: Db, kind: string, prefix: string, day: string): string {
  const { last_seq: seq } = db.prepare(
    `INSERT INTO daily_sequences (kind, day, last_seq) VALUES (?, ?, 1)
     ON CONFLICT (kind, day) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
  ).get(kind, day) as { last_seq: number };
  return `${prefix}${day.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}
