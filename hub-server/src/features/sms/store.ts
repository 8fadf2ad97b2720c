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

  /** Contacts of waiting tickets in a line that have not been told yet. */
  pending(queueId: string, day: string): Array<Contact & { seq: number; number: string }> {
    return this.db
      .prepare(`SELECT c.ticket_id, c.phone, c.notified_at, t.seq, t.number FROM ticket_contacts c JOIN tickets t ON t.id = c.ticket_id
                WHERE t.queue_id = ? AND t.service_day = ? AND t.status = 'waiting' AND c.notified_at IS NULL`)
      .all(queueId, day) as Array<Contact & { seq: number; number: string }>;
  }

  markNotified(ticketId: string, at: string): void {
    this.db.prepare('UPDATE ticket_contacts SET notified_at = ? WHERE ticket_id = ?').run(at, ticketId);
  }

  /** Deletes the numbers of tickets that are over or belong to an earlier day. Returns how many. */
  wipe(today: string): number {
    return this.db
      .prepare(`DELETE FROM ticket_contacts WHERE ticket_id IN (
                  SELECT id FROM tickets WHERE service_day < ? OR status IN ('done', 'no-show', 'cancelled'))`)
      .run(today).changes;
  }

  logMessage(id: string, ticketId: string | null, toMasked: string, text: string, at: string): void {
    this.db
      .prepare(`INSERT INTO sms_messages (id, ticket_id, to_masked, text, state, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)`)
      .run(id, ticketId, toMasked, text, at, at);
  }

  setState(id: string, state: 'sent' | 'failed', error: string | null, at: string): void {
    this.db.prepare('UPDATE sms_messages SET state = ?, error = ?, updated_at = ? WHERE id = ?').run(state, error, at, id);
  }

  recent(limit: number) {
    return this.db.prepare('SELECT id, ticket_id, to_masked, text, state, error, created_at FROM sms_messages ORDER BY created_at DESC LIMIT ?').all(limit) as Array<{
      id: string; ticket_id: string | null; to_masked: string; text: string; state: string; error: string | null; created_at: string;
    }>;
  }
}
