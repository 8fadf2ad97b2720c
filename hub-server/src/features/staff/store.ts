import crypto from 'node:crypto';
import type { Db } from '../../infra/db.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import { permissionsOf, RoleId, type StaffAccount, type StaffMember } from '../../contract/index.ts';
import { hashPassword } from './passwords.ts';

/** A staff session lasts a working day; the hall closes long before. */
const SESSION_MS = 12 * 60 * 60 * 1000;

export interface StaffRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export interface Session {
  staff: StaffMember;
  staffId: number;
  csrfToken: string;
}

function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** A staff row with its roles, as the admin and the guard see it: the permissions are the roles' union. */
export function toMember(row: StaffRow, roles: RoleId[]): StaffMember {
  return { username: row.username, displayName: row.display_name, roles, permissions: permissionsOf(roles) };
}

/** Staff accounts, their roles and their sessions: the tables staff, staff_roles and staff_sessions. */
export class StaffStore {
  constructor(private readonly db: Db) {}

  byUsername(username: string): StaffRow | undefined {
    return this.db.prepare('SELECT * FROM staff WHERE username = ?').get(username) as StaffRow | undefined;
  }

  private byId(id: number): StaffRow {
    const row = this.db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
    if (!row) throw fieldError(404, 'params.id', 'no such staff account');
    return row;
  }

  /**
   * The bootstrap admin from JOBHALL_ADMIN_USER / JOBHALL_ADMIN_PASSWORD. Created once; a later start with a
   * new password resets it (and gives back the admin role), so a hall that forgot its password, or took the
   * role away by mistake, can recover by restarting with a new one.
   */
  async ensureAdmin(username: string, password: string, now: Date): Promise<void> {
    const existing = this.byUsername(username);
    const hash = await hashPassword(password);
    this.db.transaction(() => {
      const id = existing
        ? (this.db.prepare('UPDATE staff SET password_hash = ?, disabled = 0 WHERE id = ?').run(hash, existing.id), existing.id)
        : Number(this.db
          .prepare('INSERT INTO staff (username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)')
          .run(username, '管理员 Administrator', hash, now.toISOString()).lastInsertRowid);
      this.db.prepare(`INSERT OR IGNORE INTO staff_roles (staff_id, role) VALUES (?, 'admin')`).run(id);
    })();
  }

  /** A new staff account with its roles; returns its id. A taken user name is a 409. */
  async addStaff(username: string, displayName: string, roles: readonly RoleId[], password: string, now: Date): Promise<number> {
    const hash = await hashPassword(password);
    return this.db.transaction(() => {
      if (this.byUsername(username)) throw fieldError(409, 'body.username', 'is taken', 'USERNAME_TAKEN');
      const id = Number(this.db
        .prepare('INSERT INTO staff (username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)')
        .run(username, displayName, hash, now.toISOString()).lastInsertRowid);
      const grant = this.db.prepare('INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)');
      for (const role of new Set(roles)) grant.run(id, role);
      return id;
    })();
  }

  rolesOf(staffId: number): RoleId[] {
    const stored = this.db.prepare('SELECT role FROM staff_roles WHERE staff_id = ? ORDER BY role').pluck().all(staffId) as string[];
    return stored.filter((r): r is RoleId => RoleId.safeParse(r).success);
  }

  accounts(): StaffAccount[] {
    const rows = this.db.prepare('SELECT * FROM staff ORDER BY username').all() as StaffRow[];
    return rows.map((r) => this.account(r));
  }

  accountOf(id: number): StaffAccount {
    return this.account(this.byId(id));
  }

  private account(r: StaffRow): StaffAccount {
    return { id: r.id, username: r.username, displayName: r.display_name, roles: this.rolesOf(r.id), disabled: !!r.disabled, createdAt: r.created_at };
  }

  /** Replaces an account's roles; its open sessions see the new permissions on their next request. */
  setRoles(id: number, roles: readonly RoleId[]): StaffAccount {
    this.db.transaction(() => {
      this.byId(id);
      if (!roles.includes('admin')) this.keepAnAdmin(id);
      this.db.prepare('DELETE FROM staff_roles WHERE staff_id = ?').run(id);
      const grant = this.db.prepare('INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)');
      for (const role of new Set(roles)) grant.run(id, role);
    })();
    return this.accountOf(id);
  }

  /** Disabling ends the account's sessions at once; enabling lets it log in again. */
  setDisabled(id: number, disabled: boolean): StaffAccount {
    this.db.transaction(() => {
      this.byId(id);
      if (disabled) this.keepAnAdmin(id);
      this.db.prepare('UPDATE staff SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, id);
      if (disabled) this.db.prepare('DELETE FROM staff_sessions WHERE staff_id = ?').run(id);
    })();
    return this.accountOf(id);
  }

  /** A new password set by an administrator; the account's sessions end, so whoever knew the old one is out. */
  async resetPassword(id: number, password: string): Promise<StaffAccount> {
    const hash = await hashPassword(password);
    this.db.transaction(() => {
      this.byId(id);
      this.db.prepare('UPDATE staff SET password_hash = ? WHERE id = ?').run(hash, id);
      this.db.prepare('DELETE FROM staff_sessions WHERE staff_id = ?').run(id);
    })();
    return this.accountOf(id);
  }

  /** Nobody may take away the last enabled administrator: the hall would have no one to manage accounts. */
  private keepAnAdmin(losing: number): void {
    const others = this.db.prepare(
      `SELECT COUNT(*) FROM staff s JOIN staff_roles r ON r.staff_id = s.id AND r.role = 'admin' WHERE s.disabled = 0 AND s.id != ?`,
    ).pluck().get(losing) as number;
    const isAdmin = this.rolesOf(losing).includes('admin');
    if (isAdmin && others === 0) {
      throw new HttpError(409, 'LAST_ADMIN', 'this is the last enabled administrator; make another one first', undefined, {
        zh: '这是最后一个可用的系统管理员，请先设置另一个管理员', en: 'This is the last enabled administrator; make another one first',
      });
    }
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
    return { staff: toMember(row, this.rolesOf(row.id)), staffId: row.id, csrfToken: row.csrf_token };
  }

  names(): Map<string, string> {
    const rows = this.db.prepare('SELECT username, display_name FROM staff').raw(true).all() as Array<[string, string]>;
    return new Map(rows);
  }

  closeSession(token: string): void {
    this.db.prepare('DELETE FROM staff_sessions WHERE token_hash = ?').run(hashToken(token));
  }
}
