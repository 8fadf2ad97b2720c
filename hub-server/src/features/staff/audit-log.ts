import type { AuditEntry, AuditQuery } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';

/** What is written: everything but the id and the time, which the log gives. */
export type AuditRecord = Omit<AuditEntry, 'id' | 'at'>;

/**
 * The append-only audit log (table audit_log). This class only inserts and reads; the table's triggers refuse
 * UPDATE and DELETE, so even a mistaken query elsewhere cannot rewrite it.
 */
export class AuditLog {
  private readonly insert;

  constructor(private readonly db: Db, private readonly now: () => Date) {
    this.insert = db.prepare('INSERT INTO audit_log (at, actor, action, target, status, ip, detail) VALUES (?, ?, ?, ?, ?, ?, ?)');
  }

  record(e: AuditRecord): void {
    this.insert.run(this.now().toISOString(), e.actor.slice(0, 64), e.action.slice(0, 200), e.target?.slice(0, 500) ?? null, e.status, e.ip, e.detail?.slice(0, 500) ?? null);
  }

  /** Newest first, filtered; `more` says whether an older page exists (ask again with before = the last id). */
  search(q: AuditQuery): { items: AuditEntry[]; more: boolean } {
    const where: string[] = [];
    const args: Array<string | number> = [];
    if (q.from) where.push('at >= ?'), args.push(new Date(q.from).toISOString());
    if (q.to) where.push('at < ?'), args.push(new Date(q.to).toISOString());
    if (q.actor) where.push('actor = ?'), args.push(q.actor);
    if (q.action) where.push(`instr(action, ?) > 0`), args.push(q.action);
    if (q.q) where.push(`(instr(coalesce(target, ''), ?) > 0 OR instr(coalesce(detail, ''), ?) > 0)`), args.push(q.q, q.q);
    if (q.before) where.push('id < ?'), args.push(q.before);
    const rows = this.db
      .prepare(`SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`)
      .all(...args, q.limit + 1) as AuditEntry[];
    return { items: rows.slice(0, q.limit), more: rows.length > q.limit };
  }
}

/** Excel reads a CSV as the local code page unless it starts with the UTF-8 BOM. */
const BOM = '\uFEFF';

/** RFC 4180 quoting; text a spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe. */
function cell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const HEADER = ['编号 Id', '时间 Time', '操作人 Actor', '操作 Action', '对象 Target', '结果 Status', '地址 Address', '说明 Detail'];

/** Entries as a spreadsheet (UTF-8 with BOM, CRLF), the columns of the admin's table. */
export function auditCsv(items: readonly AuditEntry[]): string {
  const rows = items.map((e) => [e.id, e.at, e.actor, e.action, e.target, e.status, e.ip, e.detail].map(cell).join(','));
  return `${BOM}${[HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}
