import type { SubmissionActionName, SubmissionStatus } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';

export interface SubmissionRow {
  id: string;
  ref_no: string;
  check_hash: string;
  flow_id: string;
  flow_version: number;
  service_id: string;
  answers: string;
  status: SubmissionStatus;
  assignee: string | null;
  seeker_id: string | null;
  kiosk_id: string | null;
  print_job_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventRow {
  action: SubmissionActionName;
  from_status: SubmissionStatus | null;
  to_status: SubmissionStatus;
  by: string;
  at: string;
  note: string | null;
  public: 0 | 1;
}

export interface DraftRow {
  flow_id: string;
  flow_version: number;
  service_id: string;
  sealed: string;
  expires_at: string;
}

export interface ListFilter {
  flow?: string;
  status?: SubmissionStatus;
  assignee?: string;
  limit: number;
}

/** The forms capability's tables: submissions, their append-only events, and drafts saved for later. */
export class FormStore {
  constructor(private readonly db: Db) {}

  insert(r: SubmissionRow): void {
    this.db.prepare(
      `INSERT INTO form_submissions (id, ref_no, check_hash, flow_id, flow_version, service_id, answers, status, assignee, seeker_id, kiosk_id, print_job_id, created_at, updated_at)
       VALUES (@id, @ref_no, @check_hash, @flow_id, @flow_version, @service_id, @answers, @status, @assignee, @seeker_id, @kiosk_id, @print_job_id, @created_at, @updated_at)`,
    ).run(r);
  }

  refTaken(refNo: string): boolean {
    return this.db.prepare('SELECT 1 FROM form_submissions WHERE ref_no = ?').get(refNo) !== undefined;
  }

  event(submissionId: string, e: EventRow): void {
    this.db.prepare('INSERT INTO form_events (submission_id, action, from_status, to_status, by, at, note, public) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(submissionId, e.action, e.from_status, e.to_status, e.by, e.at, e.note, e.public);
  }

  update(id: string, status: SubmissionStatus, assignee: string | null, at: string): void {
    this.db.prepare('UPDATE form_submissions SET status = ?, assignee = ?, updated_at = ? WHERE id = ?').run(status, assignee, at, id);
  }

  get(id: string): SubmissionRow | undefined {
    return this.db.prepare<[string], SubmissionRow>('SELECT * FROM form_submissions WHERE id = ?').get(id);
  }

  byRef(refNo: string): SubmissionRow | undefined {
    return this.db.prepare<[string], SubmissionRow>('SELECT * FROM form_submissions WHERE ref_no = ?').get(refNo);
  }

  bySeeker(seekerId: string): SubmissionRow[] {
    return this.db.prepare<[string], SubmissionRow>('SELECT * FROM form_submissions WHERE seeker_id = ? ORDER BY created_at DESC LIMIT 50').all(seekerId);
  }

  list(f: ListFilter): SubmissionRow[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.flow) { where.push('flow_id = ?'); params.push(f.flow); }
    if (f.status) { where.push('status = ?'); params.push(f.status); }
    if (f.assignee === 'none') where.push('assignee IS NULL');
    else if (f.assignee) { where.push('assignee = ?'); params.push(f.assignee); }
    const sql = `SELECT * FROM form_submissions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at LIMIT ?`;
    return this.db.prepare(sql).all(...params, f.limit) as SubmissionRow[];
  }

  events(submissionId: string): EventRow[] {
    return this.db.prepare<[string], EventRow>('SELECT action, from_status, to_status, by, at, note, public FROM form_events WHERE submission_id = ? ORDER BY id').all(submissionId);
  }

  saveDraft(codeHash: string, d: DraftRow, at: string): void {
    this.db.prepare('INSERT INTO form_drafts (code_hash, flow_id, flow_version, service_id, sealed, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(codeHash, d.flow_id, d.flow_version, d.service_id, d.sealed, d.expires_at, at);
  }

  /** Removes and returns a draft: a code is good once, whatever happens next. */
  takeDraft(codeHash: string): DraftRow | undefined {
    return this.db.prepare<[string], DraftRow>('DELETE FROM form_drafts WHERE code_hash = ? RETURNING flow_id, flow_version, service_id, sealed, expires_at').get(codeHash);
  }

  /**
   * Removes the sealed personal answers of submissions decided (approved or refused) before `before`; the
   * open answers, the reference and the history stay, so the decision can still be looked up and counted.
   */
  forgetPersonalAnswers(before: string): number {
    return this.db.prepare(
      `UPDATE form_submissions SET answers = json_set(answers, '$.sealed', NULL)
       WHERE status IN ('approved', 'refused') AND updated_at < ? AND json_extract(answers, '$.sealed') IS NOT NULL`,
    ).run(before).changes;
  }

  dropExpiredDrafts(now: string): number {
    return this.db.prepare('DELETE FROM form_drafts WHERE expires_at <= ?').run(now).changes;
  }
}
