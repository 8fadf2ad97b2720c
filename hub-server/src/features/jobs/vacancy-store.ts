import type { Db } from '../../infra/db.ts';
import {
  Shift, VacancyLabel,
  type CreateVacancyBody, type Finding, type VacancyStatus,
} from '../../contract/index.ts';
import { maskOf } from './labels.ts';
import { POOL_COLUMNS, type PoolRow } from './vacancy-columns.ts';

/** A vacancy row as SQLite holds it. */
export interface VacancyRow {
  id: number;
  status: VacancyStatus;
  source: string;
  employer_id: string | null;
  employer_name: string;
  title: string;
  description: string;
  occupation_code: string | null;
  district: string;
  address: string | null;
  work_location: string | null;
  pay_min: number;
  pay_max: number;
  pay_period: string;
  piece_rate: number;
  shifts: string;
  shift_mask: number;
  hours_per_week: number | null;
  employment_type: string;
  headcount: number;
  skills: string;
  preferred_skills: string;
  certificates: string;
  education: string;
  experience_years: number;
  meals: number;
  lodging: number;
  benefits: string;
  labels: string;
  label_mask: number;
  programme: string;
  contact_name: string | null;
  contact_phone: string;
  closes_on: string | null;
  fair_id: string | null;
  findings: string;
  created_at: string;
  updated_at: string;
  approved_at: string | null;
  reviewed_by: string | null;
  review_note: string | null;
  reject_reason: string | null;
}

export interface VacancyEventRow {
  action: string;
  from_status: VacancyStatus | null;
  to_status: VacancyStatus;
  by: string;
  at: string;
  note: string | null;
}

/** The columns a vacancy body fills, as named parameters. */
function bodyParams(b: CreateVacancyBody) {
  return {
    employer_name: b.employerName, title: b.title, description: b.description, occupation_code: b.occupationCode ?? null,
    district: b.district, address: b.address ?? null, work_location: b.workLocation ?? null, pay_min: b.payMin, pay_max: b.payMax,
    pay_period: b.payPeriod, piece_rate: b.pieceRate ? 1 : 0, shifts: JSON.stringify(b.shifts), shift_mask: maskOf(Shift.options, b.shifts),
    hours_per_week: b.hoursPerWeek ?? null, employment_type: b.employmentType, headcount: b.headcount, skills: JSON.stringify(b.skills),
    preferred_skills: JSON.stringify(b.preferredSkills), certificates: JSON.stringify(b.certificates), education: b.education,
    experience_years: b.experienceYears, meals: b.meals ? 1 : 0, lodging: b.lodging ? 1 : 0, benefits: JSON.stringify(b.benefits),
    labels: JSON.stringify(b.labels), label_mask: maskOf(VacancyLabel.options, b.labels), programme: b.programme,
    contact_name: b.contactName ?? null, contact_phone: b.contactPhone, closes_on: b.closesOn ?? null, fair_id: b.fairId ?? null,
  };
}

const BODY_COLUMNS = Object.keys(bodyParams({
  title: '', employerName: '', description: '', district: '', payMin: 0, payMax: 0, headcount: 1, contactPhone: '', payPeriod: 'monthly',
  pieceRate: false, shifts: [], employmentType: 'full-time', skills: [], preferredSkills: [], certificates: [], education: 'none',
  experienceYears: 0, meals: false, lodging: false, benefits: [], labels: [], programme: 'local',
}));

/** The body back from a row: what an edit starts from. */
export function rowBody(r: VacancyRow): CreateVacancyBody {
  const opt = <T>(v: T | null) => v ?? undefined;
  return {
    title: r.title, employerName: r.employer_name, description: r.description, district: r.district, payMin: r.pay_min, payMax: r.pay_max,
    headcount: r.headcount, contactPhone: r.contact_phone, contactName: opt(r.contact_name), occupationCode: opt(r.occupation_code),
    address: opt(r.address), workLocation: opt(r.work_location), payPeriod: r.pay_period as CreateVacancyBody['payPeriod'],
    pieceRate: !!r.piece_rate, shifts: JSON.parse(r.shifts), hoursPerWeek: opt(r.hours_per_week),
    employmentType: r.employment_type as CreateVacancyBody['employmentType'], skills: JSON.parse(r.skills),
    preferredSkills: JSON.parse(r.preferred_skills), certificates: JSON.parse(r.certificates),
    education: r.education as CreateVacancyBody['education'], experienceYears: r.experience_years, meals: !!r.meals, lodging: !!r.lodging,
    benefits: JSON.parse(r.benefits), labels: JSON.parse(r.labels), programme: r.programme as CreateVacancyBody['programme'],
    closesOn: opt(r.closes_on), fairId: opt(r.fair_id),
  };
}

/** SQL for vacancies and their event log. Callers own the transactions. */
export class VacancyStore {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO vacancies (status, source, employer_id, findings, created_at, updated_at, ${BODY_COLUMNS.join(', ')})
         VALUES (@status, @source, @employer_id, @findings, @at, @at, ${BODY_COLUMNS.map((c) => `@${c}`).join(', ')})`,
      ),
      update: db.prepare(
        `UPDATE vacancies SET ${BODY_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, findings = @findings, updated_at = @at WHERE id = @id`,
      ),
      get: db.prepare('SELECT * FROM vacancies WHERE id = ?'),
      setStatus: db.prepare(
        `UPDATE vacancies SET status = @to, updated_at = @at,
           approved_at = CASE WHEN @to = 'approved' THEN @at ELSE approved_at END,
           reviewed_by = COALESCE(@reviewed_by, reviewed_by), review_note = COALESCE(@note, review_note),
           reject_reason = @reject_reason, occupation_code = COALESCE(@occupation_code, occupation_code),
           closes_on = COALESCE(closes_on, @closes_on)
         WHERE id = @id AND status = @from`,
      ),
      event: db.prepare('INSERT INTO vacancy_events (vacancy_id, action, from_status, to_status, by, at, note) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      events: db.prepare('SELECT action, from_status, to_status, by, at, note FROM vacancy_events WHERE vacancy_id = ? ORDER BY id'),
      list: db.prepare('SELECT * FROM vacancies WHERE status = ? ORDER BY created_at, id LIMIT ? OFFSET ?'),
      count: db.prepare('SELECT COUNT(*) AS n FROM vacancies WHERE status = ?'),
      byEmployer: db.prepare('SELECT * FROM vacancies WHERE employer_id = ? ORDER BY created_at DESC LIMIT 200'),
      // Published in a period, whatever became of them since (expired, withdrawn): approved_at is set once.
      publishedBetween: db.prepare(`SELECT * FROM vacancies WHERE approved_at >= ? AND approved_at < ? AND status IN ('approved', 'expired', 'withdrawn') ORDER BY approved_at`),
      due: db.prepare(`SELECT id FROM vacancies WHERE status = 'approved' AND closes_on IS NOT NULL AND closes_on < ?`),
      // "+status" keeps the planner on the primary key: the status index would sort every approved row per page.
      approvedPage: db.prepare(`SELECT * FROM vacancies WHERE +status = 'approved' AND id > ? ORDER BY id LIMIT ?`),
      poolPage: db.prepare(`SELECT ${POOL_COLUMNS.join(', ')} FROM vacancies WHERE +status = 'approved' AND id > ? ORDER BY id LIMIT ?`),
    };
  }

  insert(body: CreateVacancyBody, meta: { source: string; employerId: string | null; findings: Finding[]; at: string }): number {
    const r = this.stmts.insert.run({
      ...bodyParams(body), status: 'pending', source: meta.source, employer_id: meta.employerId, findings: JSON.stringify(meta.findings), at: meta.at,
    });
    return Number(r.lastInsertRowid);
  }

  update(id: number, body: CreateVacancyBody, findings: Finding[], at: string): void {
    this.stmts.update.run({ ...bodyParams(body), findings: JSON.stringify(findings), at, id });
  }

  get(id: number): VacancyRow | undefined {
    return this.stmts.get.get(id) as VacancyRow | undefined;
  }

  /** A guarded status change: false when the row was not in `from` any more (a concurrent decision won). */
  setStatus(id: number, from: VacancyStatus, to: VacancyStatus, at: string, extra: {
    reviewedBy?: string; note?: string; rejectReason?: string; occupationCode?: string; closesOn?: string;
  } = {}): boolean {
    return this.stmts.setStatus.run({
      id, from, to, at, reviewed_by: extra.reviewedBy ?? null, note: extra.note ?? null, reject_reason: extra.rejectReason ?? null,
      occupation_code: extra.occupationCode ?? null, closes_on: extra.closesOn ?? null,
    }).changes === 1;
  }

  appendEvent(id: number, action: string, from: VacancyStatus | null, to: VacancyStatus, by: string, at: string, note?: string): void {
    this.stmts.event.run(id, action, from, to, by, at, note ?? null);
  }

  events(id: number): VacancyEventRow[] {
    return this.stmts.events.all(id) as VacancyEventRow[];
  }

  list(status: VacancyStatus, limit: number, offset: number): { rows: VacancyRow[]; total: number } {
    return {
      rows: this.stmts.list.all(status, limit, offset) as VacancyRow[],
      total: (this.stmts.count.get(status) as { n: number }).n,
    };
  }

  publishedBetween(fromIso: string, toIso: string): VacancyRow[] {
    return this.stmts.publishedBetween.all(fromIso, toIso) as VacancyRow[];
  }

  byEmployer(employerId: string): VacancyRow[] {
    return this.stmts.byEmployer.all(employerId) as VacancyRow[];
  }

  /** Approved vacancies whose closing day has passed. */
  dueToExpire(today: string): number[] {
    return (this.stmts.due.all(today) as Array<{ id: number }>).map((r) => r.id);
  }

  /** Every approved vacancy, read in pages so the caller may write between pages (an open iterator would lock the connection). */
  approved(pageSize = 2000): Generator<VacancyRow> {
    return this.pages<VacancyRow>(this.stmts.approvedPage, pageSize);
  }

  /** The same, without the long texts: what the in-memory pool loads at start-up. */
  approvedForPool(pageSize = 5000): Generator<PoolRow> {
    return this.pages<PoolRow>(this.stmts.poolPage, pageSize);
  }

  private *pages<T extends { id: number }>(stmt: { all(...args: unknown[]): unknown[] }, pageSize: number): Generator<T> {
    let after = 0;
    for (;;) {
      const page = stmt.all(after, pageSize) as T[];
      yield* page;
      if (page.length < pageSize) return;
      after = page[page.length - 1]!.id;
    }
  }
}
