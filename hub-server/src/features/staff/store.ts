import crypto from 'node:crypto';
import type { Db } from '../../infra/db.ts';
import type { StaffMember, StaffRole } from '../../contract/index.ts';
import { hashPassword } from './passwords.ts';

/** A staff session lasts a working day; the hall closes long before. */
const SESSION_MS = 12 * 60 * 60 * 1000;

export interface StaffRow {
  id: number;
  username: string;
  display_name: string;
  role: StaffRole;
  password_hash: string;
  disabled: number;
}

export interface Session {
  staff: StaffMember;
  staffId: number;
  csrfToken: string;
}

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function toMember(row: StaffRow): StaffMember {
  return { username: row.username, displayName: row.display_name, role: row.role };
}

export class StaffStore {
  constructor(private readonly db: Db) {}

  byUsername(username: string): StaffRow | undefined {
    return this.db.prepare('SELECT * FROM staff WHERE username = ?').get(username) as StaffRow | undefined;
  }

  /**
   * The bootstrap admin from JOBHALL_ADMIN_USER / JOBHALL_ADMIN_PASSWORD. Created once; a later start with a
   * new password resets it, so a hall that forgot its password can recover by restarting with a new one.
   */
  async ensureAdmin(username: string, password: string, now: Date): Promise<void> {
    const existing = this.byUsername(username);
    const hash = await hashPassword(password);
    if (!existing) {
      this.db
        .prepare('INSERT INTO staff (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(username, '管理员 Administrator', 'admin', hash, now.toISOString());
    } else {
      this.db.prepare('UPDATE staff SET password_hash = ?, role = ?, disabled = 0 WHERE id = ?').run(hash, 'admin', existing.id);
    }
  }

  async addStaff(username: string, displayName: string, role: StaffRole, password: string, now: Date): Promise<void> {
    this.db
      .prepare('INSERT INTO staff (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(username, displayName, role, await hashPassword(password), now.toISOString());
  }

  openSession(staffId: number, now: Date): { token: string; csrfToken: string } {
    const token = crypto.randomBytes(32).toString('base64url');
    const csrfToken = crypto.randomBytes(24).toString('base64url');
    this.db
      .prepare('INSERT INTO staff_sessions (token_hash, staff_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(hashToken(token), staffId, csrfToken, now.toISOString(), new Date(now.getTime() + SESSION_MS).toISOString());
    this.db.prepare('DELETE FROM staff_sessions WHERE expires_at < ?').run(now.toISOString());
    return { token, csrfToken };
  }

  session(token: string, now: Date): Session | null {
    const row = this.db
      .prepare(
        `SELECT s.csrf_token, s.expires_at, st.* FROM staff_sessions s JOIN staff st ON st.id = s.staff_id
         WHERE s.token_hash = ?`,
      )
      .get(hashToken(token)) as (StaffRow & { csrf_token: string; expires_at: string }) | undefined;
    if (!row || row.disabled || row.expires_at < now.toISOString()) return null;
    return { staff: toMember(row), staffId: row.id, csrfToken: row.csrf_token };
  }

  names(): Map<string, string> {
    const rows = this.db.prepare('SELECT username, display_name FROM staff').raw(true).all() as Array<[string, string]>;
    return new Map(rows);
  }

  closeSession(token: string): void {
    this.db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?').run(hashToken(token));
  }
}
