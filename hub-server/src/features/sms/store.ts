import type { SmsMessage } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';

export interface Contact {
  ticket_id: string;
  phone: string;
  notified_at: string | null;
}

/** The SMS tables: numbers of open tickets, and the masked log of what was sent. */
export class SmsStore {
  constructor(private readonly db: Db) {}

  setContact(ticketId: string, phone: string, at: string): void {
    this.db
      .prepare(`INSERT INTO ticket_contacts (ticket_id, phone, created_at) VALUES (?, ?, ?)
                ON CONFLICT (ticket_id) DO UPDATE SET phone = excluded.phone, notified_at = NULL`)
      .run(ticketId, phone, at);
  }

  /** Numbers that have not been told yet. A hall holds a handful at a time: they go when tickets end. */
  pending(): Contact[] {
    return this.db.prepare('SELECT ticket_id, phone, notified_at FROM ticket_contacts WHERE notified_at IS NULL').all() as Contact[];
  }

  /** Every ticket that has a number. */
  ticketIds(): string[] {
    return this.db.prepare('SELECT ticket_id FROM ticket_contacts').pluck().all() as string[];
  }

  markNotified(ticketId: string, at: string): void {
    this.db.prepare('UPDATE ticket_contacts SET notified_at = ? WHERE ticket_id = ?').run(at, ticketId);
  }

  /** Deletes a ticket's number. Returns whether there was one. */
  forget(ticketId: string): boolean {
    return this.db.prepare('DELETE FROM ticket_contacts WHERE ticket_id = ?').run(ticketId).changes > 0;
  }

  /** Deletes every ticket's copy of a number (its owner replied 退订). Returns how many. */
  forgetPhone(phone: string): number {
    return this.db.prepare('DELETE FROM ticket_contacts WHERE phone = ?').run(phone).changes;
  }

  logMessage(id: string, ticketId: string | null, toMasked: string, text: string, at: string): void {
    this.db
      .prepare(`INSERT INTO sms_messages (id, ticket_id, to_masked, text, state, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)`)
      .run(id, ticketId, toMasked, text, at, at);
  }

  setState(id: string, state: 'sent' | 'failed', error: string | null, at: string): void {
    this.db.prepare('UPDATE sms_messages SET state = ?, error = ?, updated_at = ? WHERE id = ?').run(state, error, at, id);
  }

  recent(limit: number): SmsMessage[] {
    return this.db.prepare('SELECT id, ticket_id, to_masked, text, state, error, created_at FROM sms_messages ORDER BY created_at DESC LIMIT ?').all(limit) as SmsMessage[];
  }
}
