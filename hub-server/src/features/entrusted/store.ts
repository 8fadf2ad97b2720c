import type { EntrustStatus, ShortlistResult } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';
import { OPEN_STATUSES } from './status.ts';

export interface RequestRow {
  id: string;
  ref_no: string;
  vacancy_id: number;
  employer_id: string | null;
  candidates_wanted: number;
  due_by: string;
  note: string | null;
  status: EntrustStatus;
  created_by: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface EntryRow {
  request_id: string;
  seeker_id: string;
  score: number | null;
  referral_id: string | null;
  result: ShortlistResult;
  note: string | null;
  added_by: string;
  added_at: string;
  updated_at: string;
}

export interface EventRow {
  action: string;
  from_status: EntrustStatus | null;
  to_status: EntrustStatus;
  seeker_id: string | null;
  by: string;
  at: string;
  note: string | null;
}

export interface EntrustFilter {
  status: 'open' | 'done' | 'all' | EntrustStatus;
  employerId?: string;
  limit: number;
  offset: number;
}

const OPEN_SQL = `(${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** The SQL of entrusted recruitment; every write runs inside the service's transaction. */
export class EntrustStore {
  constructor(private readonly db: Db) {}

  insert(r: Omit<RequestRow, 'closed_at' | 'updated_at'>): void {
    this.db.prepare(
      `INSERT INTO entrust_requests (id, ref_no, vacancy_id, employer_id, candidates_wanted, due_by, note, status, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(r.id, r.ref_no, r.vacancy_id, r.employer_id, r.candidates_wanted, r.due_by, r.note, r.status, r.created_by, r.created_at, r.created_at);
  }

  get(id: string): RequestRow | undefined {
    return this.db.prepare('SELECT * FROM entrust_requests WHERE id = ?').get(id) as RequestRow | undefined;
  }

  openFor(vacancyId: number): RequestRow | undefined {
    return this.db.prepare(`SELECT * FROM entrust_requests WHERE vacancy_id = ? AND status IN ${OPEN_SQL}`).get(vacancyId) as RequestRow | undefined;
  }

  /** Guarded by the status read in the same transaction: a lost race changes nothing and says so. */
  setStatus(id: string, from: EntrustStatus, to: EntrustStatus, at: string, closed: boolean): boolean {
    return this.db.prepare('UPDATE entrust_requests SET status = ?, updated_at = ?, closed_at = CASE WHEN ? THEN ? ELSE closed_at END WHERE id = ? AND status = ?')
      .run(to, at, closed ? 1 : 0, at, id, from).changes === 1;
  }

  touch(id: string, at: string): void {
    this.db.prepare('UPDATE entrust_requests SET updated_at = ? WHERE id = ?').run(at, id);
  }

  entries(requestId: string): EntryRow[] {
    return this.db.prepare('SELECT * FROM entrust_shortlist WHERE request_id = ? ORDER BY rowid').all(requestId) as EntryRow[];
  }

  entry(requestId: string, seekerId: string): EntryRow | undefined {
    return this.db.prepare('SELECT * FROM entrust_shortlist WHERE request_id = ? AND seeker_id = ?').get(requestId, seekerId) as EntryRow | undefined;
  }

  addEntry(e: Omit<EntryRow, 'updated_at' | 'result'>): void {
    this.db.prepare(
      `INSERT INTO entrust_shortlist (request_id, seeker_id, score, referral_id, result, note, added_by, added_at, updated_at)
       VALUES (?, ?, ?, ?, 'proposed', ?, ?, ?, ?)`,
    ).run(e.request_id, e.seeker_id, e.score, e.referral_id, e.note, e.added_by, e.added_at, e.added_at);
  }

  setResult(requestId: string, seekerId: string, from: ShortlistResult, to: ShortlistResult, note: string | null, at: string): boolean {
    return this.db.prepare(
      'UPDATE entrust_shortlist SET result = ?, note = COALESCE(?, note), updated_at = ? WHERE request_id = ? AND seeker_id = ? AND result = ?',
    ).run(to, note, at, requestId, seekerId, from).changes === 1;
  }

  event(requestId: string, e: EventRow): void {
    this.db.prepare('INSERT INTO entrust_events (request_id, action, from_status, to_status, seeker_id, by, at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(requestId, e.action, e.from_status, e.to_status, e.seeker_id, e.by, e.at, e.note);
  }

  events(requestId: string): EventRow[] {
    return this.db.prepare('SELECT action, from_status, to_status, seeker_id, by, at, note FROM entrust_events WHERE request_id = ? ORDER BY id').all(requestId) as EventRow[];
  }

  /** Open requests first, soonest due first; then the finished ones, latest first. */
  list(f: EntrustFilter): { rows: RequestRow[]; total: number } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.status === 'open') where.push(`status IN ${OPEN_SQL}`);
    else if (f.status === 'done') where.push(`status NOT IN ${OPEN_SQL}`);
    else if (f.status !== 'all') { where.push('status = ?'); params.push(f.status); }
    if (f.employerId) { where.push('employer_id = ?'); params.push(f.employerId); }
    const from = `FROM entrust_requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const rows = this.db.prepare(
      `SELECT * ${from} ORDER BY status IN ${OPEN_SQL} DESC, CASE WHEN status IN ${OPEN_SQL} THEN due_by END ASC, updated_at DESC LIMIT ? OFFSET ?`,
    ).all(...params, f.limit, f.offset) as RequestRow[];
    const total = (this.db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...params) as { n: number }).n;
    return { rows, total };
  }
}
