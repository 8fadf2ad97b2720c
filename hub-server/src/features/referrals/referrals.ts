import crypto from 'node:crypto';
import { payLabel, type Referral, type ReferralStatus } from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { Vacancies } from '../jobs/plugin.ts';
import type { VacancyRow } from '../jobs/vacancy-store.ts';
import type { Matching } from '../matching/plugin.ts';
import type { PrintingApi } from '../printing/plugin.ts';
import type { Seekers } from '../seekers/plugin.ts';
import { OPEN_STATUSES, canMove } from './outcome.ts';
import { nextReference } from '../../infra/reference-numbers.ts';
import { referralSlip } from './slip.ts';
import { serviceDay } from '../../infra/clock.ts';

const DAY_MS = 86_400_000;
/** A slip is good for a week: long enough to arrange an interview, short enough that the vacancy is still open. */
const SLIP_VALID_DAYS = 7;

interface Row {
  id: string;
  ref_no: string;
  seeker_id: string;
  vacancy_id: number;
  employer_id: string | null;
  status: ReferralStatus;
  score: number | null;
  kiosk_id: string | null;
  print_job_id: string | null;
  created_at: string;
  updated_at: string;
  outcome_at: string | null;
}

export interface ReferralFilter {
  status: 'open' | 'closed' | 'all';
  counsellor?: string;
  employerId?: string;
  seekerId?: string;
  due?: boolean;
  limit: number;
  offset: number;
}

/**
 * Referrals (推荐) and their follow-up (跟踪服务): one slip per chosen vacancy, printed in the same transaction
 * that records the referral, then tracked to an outcome with reminders for open ones.
 */
export class ReferralService {
  constructor(
    private readonly hub: HubContext,
    private readonly seekers: Pick<Seekers, 'view' | 'profile' | 'followedBy'>,
    private readonly vacancies: Pick<Vacancies, 'find' | 'view'>,
    private readonly matcher: Pick<Matching, 'explainFor'>,
    private readonly printing: Pick<PrintingApi, 'print' | 'get'>,
    private readonly reminderDays: number,
  ) {}

  private get view() {
    return this.vacancies.view;
  }

  private get db() {
    return this.hub.db;
  }

  create(seekerId: string, vacancyIds: number[], kioskId: string | undefined, by: string): Referral[] {
    const { catalogue } = this.hub;
    const kiosk = kioskId ? catalogue.kiosk(kioskId) : undefined;
    if (kioskId && !kiosk) throw fieldError(422, 'body.kioskId', `no kiosk ${kioskId}`);
    const seeker = this.seekers.view(seekerId);
    const profile = this.seekers.profile(seekerId);
    const rows = vacancyIds.map((id, i) => {
      const row = this.vacancies.find(id);
      if (!row || row.status !== 'approved') throw fieldError(422, `body.vacancyIds.${i}`, 'no published vacancy with this id');
      return row;
    });
    if (new Set(vacancyIds).size !== vacancyIds.length) throw fieldError(400, 'body.vacancyIds', 'a vacancy is listed twice');
    const now = this.hub.now();
    const at = now.toISOString();
    const tz = catalogue.hall.timezone;
    const created = this.db.transaction(() => rows.map((v, i) => {
      if (this.db.prepare(`SELECT 1 FROM referrals WHERE seeker_id = ? AND vacancy_id = ? AND status IN ('referred', 'interviewed')`).get(seekerId, v.id)) {
        throw new HttpError(409, 'ALREADY_REFERRED', `body.vacancyIds.${i}: already referred to this vacancy and not yet followed up`,
          [{ path: `body.vacancyIds.${i}`, message: 'already referred' }],
          { zh: `您已经被推荐到“${v.title}”，请等待面试结果。`, en: `You already have an open referral to "${v.title}".` });
      }
      const id = crypto.randomUUID();
      const refNo = nextReference(this.db, 'referral', 'TJ', serviceDay(now, tz));
      const job = kiosk
        ? this.printing.print(kiosk.id, referralSlip({
            hallName: catalogue.hall.name, hallAddress: catalogue.hall.address, refNo, seekerName: seeker.nameMasked, seekerIdMasked: seeker.idMasked,
            title: v.title, employerName: v.employer_name, address: v.address ?? this.view.summary(v).districtName,
            contact: [v.contact_name, v.contact_phone].filter(Boolean).join(' '), pay: payLabel(this.view.summary(v), 'zh'),
            vacancyUrl: this.view.url(v.id), issuedAt: now, timeZone: tz, validDays: SLIP_VALID_DAYS,
          }))
        : null;
      const score = this.matcher.explainFor(profile, v.id, now)?.score ?? null;
      this.db.prepare(
        `INSERT INTO referrals (id, ref_no, seeker_id, vacancy_id, employer_id, status, score, kiosk_id, print_job_id, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'referred', ?, ?, ?, ?, ?, ?)`,
      ).run(id, refNo, seekerId, v.id, v.employer_id, score, kiosk?.id ?? null, job?.jobId ?? null, by, at, at);
      this.event(id, null, 'referred', by, at);
      return id;
    }))();
    return created.map((id) => this.get(id));
  }

  /** The open referral of a seeker to a vacancy, if there is one. */
  openFor(seekerId: string, vacancyId: number): string | null {
    const row = this.db.prepare(`SELECT id FROM referrals WHERE seeker_id = ? AND vacancy_id = ? AND status IN ('referred', 'interviewed')`).get(seekerId, vacancyId) as { id: string } | undefined;
    return row?.id ?? null;
  }

  /** The printed reference of a referral (TJ20261126-0007). */
  refNo(id: string): string {
    return this.row(id).ref_no;
  }

  private event(id: string, from: ReferralStatus | null, to: ReferralStatus, by: string, at: string, note?: string): void {
    this.db.prepare('INSERT INTO referral_events (referral_id, from_status, to_status, by, at, note) VALUES (?, ?, ?, ?, ?, ?)').run(id, from, to, by, at, note ?? null);
  }

  private row(id: string): Row {
    const row = this.db.prepare('SELECT * FROM referrals WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw fieldError(404, 'params.id', 'no such referral');
    return row;
  }

  /** The employer account a referral reports to (the vacancy's), for access checks. */
  employerOf(id: string): string | null {
    return this.row(id).employer_id;
  }

  seekerOf(id: string): string {
    return this.row(id).seeker_id;
  }

  record(id: string, outcome: ReferralStatus, by: string, note?: string): Referral {
    this.db.transaction(() => {
      const row = this.row(id);
      if (!canMove(row.status, outcome)) throw new HttpError(409, 'REFERRAL_STATE', `the referral is ${row.status}; it cannot become ${outcome}`);
      const at = this.hub.now().toISOString();
      const final = !OPEN_STATUSES.includes(outcome);
      this.db.prepare('UPDATE referrals SET status = ?, updated_at = ?, outcome_at = CASE WHEN ? THEN ? ELSE outcome_at END, note = COALESCE(?, note) WHERE id = ? AND status = ?')
        .run(outcome, at, final ? 1 : 0, at, note ?? null, id, row.status);
      this.event(id, row.status, outcome, by, at, note);
    })();
    return this.get(id);
  }

  get(id: string): Referral {
    return this.toView(this.row(id));
  }

  /** Referrals made between two instants, by their status now: counts only (the employment bulletin). */
  countsBetween(fromIso: string, toIso: string): Partial<Record<ReferralStatus, number>> {
    const rows = this.db.prepare('SELECT status, COUNT(*) AS n FROM referrals WHERE created_at >= ? AND created_at < ? GROUP BY status').all(fromIso, toIso) as Array<{ status: ReferralStatus; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }

  list(f: ReferralFilter): { items: Referral[]; total: number } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.status !== 'all') where.push(`r.status ${f.status === 'open' ? '' : 'NOT '}IN ('referred', 'interviewed')`);
    if (f.counsellor) {
      const followed = this.seekers.followedBy(f.counsellor);
      where.push(`r.seeker_id IN (${followed.map(() => '?').join(', ') || "''"})`);
      params.push(...followed);
    }
    if (f.employerId) { where.push('r.employer_id = ?'); params.push(f.employerId); }
    if (f.seekerId) { where.push('r.seeker_id = ?'); params.push(f.seekerId); }
    if (f.due) {
      where.push(`r.status IN ('referred', 'interviewed') AND r.updated_at < ?`);
      params.push(this.dueBefore());
    }
    const from = `FROM referrals r ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const rows = this.db.prepare(`SELECT r.* ${from} ORDER BY r.updated_at DESC LIMIT ? OFFSET ?`).all(...params, f.limit, f.offset) as Row[];
    const total = (this.db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...params) as { n: number }).n;
    return { items: rows.map((r) => this.toView(r)), total };
  }

  private dueBefore(): string {
    return new Date(this.hub.now().getTime() - this.reminderDays * DAY_MS).toISOString();
  }

  private toView(r: Row): Referral {
    const seeker = this.seekers.view(r.seeker_id);
    const vacancy = this.vacancies.find(r.vacancy_id) as VacancyRow;
    const job = r.print_job_id ? this.printing.get(r.print_job_id) : null;
    const history = this.db.prepare('SELECT from_status, to_status, by, at, note FROM referral_events WHERE referral_id = ? ORDER BY id').all(r.id) as Array<{
      from_status: ReferralStatus | null; to_status: ReferralStatus; by: string; at: string; note: string | null;
    }>;
    return {
      id: r.id, refNo: r.ref_no, status: r.status, seeker: { id: seeker.id, nameMasked: seeker.nameMasked, idMasked: seeker.idMasked },
      vacancy: this.view.summary(vacancy), score: r.score, createdAt: r.created_at, updatedAt: r.updated_at, outcomeAt: r.outcome_at,
      reminderDue: OPEN_STATUSES.includes(r.status) && r.updated_at < this.dueBefore(),
      history: history.map((h) => ({ from: h.from_status, to: h.to_status, by: h.by, at: h.at, note: h.note })),
      print: job ? { jobId: job.jobId, printerId: job.printerId, state: job.state, faults: job.faults } : null,
    };
  }
}
