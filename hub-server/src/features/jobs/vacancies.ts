import { addDays, serviceDay } from '../../infra/clock.ts';
import {
  CreateVacancyBody,
  type ApproveVacancyBody, type Finding, type RejectReason, type UpdateVacancyBody, type VacancyStatus,
} from '../../contract/index.ts';
import type { z } from 'zod';
import type { Db } from '../../infra/db.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { DomainEventBus } from '../../infra/events.ts';
import { ComplianceChecker, blocks, needsReview, payFindings } from './compliance.ts';
import type { SearchIndex } from './search-index.ts';
import { nextStatus, type VacancyAction } from './vacancy-status.ts';
import { VacancyStore, rowBody, type VacancyRow } from './vacancy-store.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';

export type Submitted =
  | { ok: true; id: number; findings: Finding[]; occupationCode: string | null }
  | { ok: false; findings: Finding[] };

export interface SubmitMeta {
  source: 'kiosk' | 'import' | 'staff' | 'content';
  employerId: string | null;
  by: string;
  /** Runs inside the submission's transaction once the vacancy is stored (a slip printed with it). */
  within?: (id: number, findings: Finding[]) => void;
}

/** 422 for wording that blocks publication, with every finding in `details.findings`. */
export function blockedWording(findings: Finding[]): HttpError {
  const rules = [...new Set(findings.filter((f) => f.severity === 'block').map((f) => f.rule))];
  return new HttpError(422, 'BLOCKED_WORDING', `the vacancy cannot be published as written: ${rules.join(', ')}`, undefined, undefined, { findings });
}

/** Whether a fair can take vacancies; the fairs capability answers it (`acceptFairs`). */
export type FairCheck = (fairId: string) => boolean;

/**
 * The vacancy lifecycle with its rules: every path in (kiosk, API, import, staff edit, content seed) goes
 * through `assess`, and approval checks the stored text again, so wording that blocks is published by no path.
 * Publication and the search index change in one transaction; `vacancy.approved`/`vacancy.unpublished` tell
 * the pool that search and matching read, after the commit.
 */
export class VacancyService {
  readonly store: VacancyStore;
  readonly checker: ComplianceChecker;
  /** Until the fairs capability plugs in its check, no fair exists. */
  private fairScheduled: FairCheck = () => false;

  constructor(
    private readonly db: Db,
    private readonly vocab: Vocabulary,
    private readonly index: SearchIndex,
    private readonly now: () => Date,
    /** The hall's time zone: days (closing days, expiry) are the hall's days, not UTC's. */
    private readonly timeZone: string,
    private readonly events: Pick<DomainEventBus, 'emit'>,
  ) {
    this.store = new VacancyStore(db);
    this.checker = new ComplianceChecker(vocab.rules);
  }

  /**
   * The fairs capability tells vacancies which fairs take vacancies: fairs are registered after vacancies,
   * since a fair's page lists its vacancies.
   */
  acceptFairs(check: FairCheck): void {
    this.fairScheduled = check;
  }

  /** The wording findings for any subset of the fields (the kiosk's check before submit). */
  findings(b: Partial<z.input<typeof CreateVacancyBody>>): Finding[] {
    const out = this.checker.check({
      title: b.title, description: b.description, employerName: b.employerName, address: b.address, workLocation: b.workLocation,
      contactName: b.contactName, skills: b.skills, preferredSkills: b.preferredSkills,
    });
    if (b.payMin !== undefined) out.push(...payFindings({ payMin: b.payMin, employmentType: b.employmentType ?? 'full-time' }, this.vocab.policy.minimumWageMonthly));
    return out;
  }

  /** Checks what the schema cannot know: codes against content, dates against today. Throws a 4xx naming the field. */
  private validate(b: CreateVacancyBody, prefix = 'body'): void {
    if (!this.vocab.district(b.district)) throw fieldError(422, `${prefix}.district`, `unknown district "${b.district}"`);
    if (b.occupationCode && !this.vocab.occupation(b.occupationCode)) {
      throw fieldError(422, `${prefix}.occupationCode`, `unknown occupation code "${b.occupationCode}"`);
    }
    b.certificates.forEach((c, i) => {
      if (!this.vocab.certificate(c)) throw fieldError(422, `${prefix}.certificates.${i}`, `unknown certificate "${c}"`);
    });
    if (b.closesOn && b.closesOn < this.today()) throw fieldError(422, `${prefix}.closesOn`, 'is in the past');
    if (b.fairId && !this.fairScheduled(b.fairId)) {
      throw fieldError(422, `${prefix}.fairId`, 'no such scheduled fair');
    }
  }

  private today(): string {
    return serviceDay(this.now(), this.timeZone);
  }

  /** A new vacancy, pending review. The occupation is inferred from the title when none is given. */
  submit(body: CreateVacancyBody, meta: SubmitMeta, prefix = 'body'): Submitted {
    this.validate(body, prefix);
    const findings = this.findings(body);
    if (blocks(findings)) return { ok: false, findings };
    const occupationCode = body.occupationCode ?? this.vocab.inferOccupation(body.title)?.code ?? null;
    const at = this.now().toISOString();
    const id = this.db.transaction(() => {
      const id = this.store.insert({ ...body, occupationCode: occupationCode ?? undefined }, { source: meta.source, employerId: meta.employerId, findings, at });
      this.store.appendEvent(id, 'submit', null, 'pending', meta.by, at, body.occupationCode || !occupationCode ? undefined : `occupation inferred: ${occupationCode}`);
      meta.within?.(id, findings);
      return id;
    })();
    return { ok: true, id, findings, occupationCode };
  }

  get(id: number): VacancyRow {
    const row = this.store.get(id);
    if (!row) throw fieldError(404, 'params.id', 'no such vacancy');
    return row;
  }

  private transitionOrThrow(row: VacancyRow, action: VacancyAction): VacancyStatus {
    const to = nextStatus(row.status, action);
    if (!to) throw new HttpError(409, 'VACANCY_STATE', `the vacancy is ${row.status}; it cannot be ${action === 'edit' ? 'edited' : `${action}d`} now`);
    return to;
  }

  /** Publishes: rechecks the stored wording, records the decision and indexes it, all in one transaction. */
  approve(id: number, body: z.infer<typeof ApproveVacancyBody>, by: string): VacancyRow {
    const row = this.db.transaction(() => {
      const row = this.get(id);
      const to = this.transitionOrThrow(row, 'approve');
      const findings = this.findings(rowBody(row));
      if (blocks(findings)) throw blockedWording(findings);
      if (needsReview(findings) && !body.reviewReason) {
        throw fieldError(422, 'body.reviewReason', 'the vacancy has findings that need review; give the reason it may be published');
      }
      if (body.occupationCode && !this.vocab.occupation(body.occupationCode)) {
        throw fieldError(422, 'body.occupationCode', `unknown occupation code "${body.occupationCode}"`);
      }
      const now = this.now();
      const at = now.toISOString();
      const closesOn = addDays(serviceDay(now, this.timeZone), this.vocab.policy.vacancyDefaultDays);
      const note = [body.reviewReason, body.note].filter(Boolean).join(': ') || undefined;
      if (!this.store.setStatus(id, row.status, to, at, { reviewedBy: by, note, occupationCode: body.occupationCode, closesOn })) {
        throw new HttpError(409, 'VACANCY_STATE', 'the vacancy changed meanwhile; reload it');
      }
      this.store.appendEvent(id, 'approve', row.status, to, by, at, note);
      const fresh = this.get(id);
      this.index.add(fresh);
      return fresh;
    })();
    this.events.emit('vacancy.approved', { vacancyId: row.id });
    return row;
  }

  reject(id: number, reason: z.infer<typeof RejectReason>, note: string | undefined, by: string): VacancyRow {
    return this.db.transaction(() => {
      const row = this.get(id);
      const to = this.transitionOrThrow(row, 'reject');
      const at = this.now().toISOString();
      this.store.setStatus(id, row.status, to, at, { reviewedBy: by, note, rejectReason: reason });
      this.store.appendEvent(id, 'reject', row.status, to, by, at, [reason, note].filter(Boolean).join(': '));
      return this.get(id);
    })();
  }

  withdraw(id: number, by: string, note?: string): VacancyRow {
    return this.unpublishing(id, 'withdraw', by, note);
  }

  private unpublishing(id: number, action: 'withdraw' | 'expire', by: string, note?: string): VacancyRow {
    const row = this.db.transaction(() => {
      const row = this.get(id);
      const to = this.transitionOrThrow(row, action);
      const at = this.now().toISOString();
      this.store.setStatus(id, row.status, to, at, { note });
      this.store.appendEvent(id, action, row.status, to, by, at, note);
      this.index.remove(id);
      return this.get(id);
    })();
    this.events.emit('vacancy.unpublished', { vacancyId: id, action });
    return row;
  }

  /** A staff edit: the merged vacancy is validated and checked like a new one and goes back to review. */
  edit(id: number, patch: UpdateVacancyBody, by: string): VacancyRow {
    const current = this.get(id);
    this.transitionOrThrow(current, 'edit');
    const parsed = CreateVacancyBody.safeParse({ ...rowBody(current), ...patch });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw fieldError(400, ['body', ...issue.path].join('.'), issue.message);
    }
    const body = parsed.data;
    this.validate(body);
    const findings = this.findings(body);
    if (blocks(findings)) throw blockedWording(findings);
    const row = this.db.transaction(() => {
      const row = this.get(id);
      const to = this.transitionOrThrow(row, 'edit');
      const at = this.now().toISOString();
      this.store.update(id, body, findings, at);
      if (to !== row.status) this.store.setStatus(id, row.status, to, at);
      this.store.appendEvent(id, 'edit', row.status, to, by, at);
      this.index.remove(id);
      return this.get(id);
    })();
    if (current.status === 'approved') this.events.emit('vacancy.unpublished', { vacancyId: id, action: 'edit' });
    return row;
  }

  /** Moves approved vacancies past their closing day to expired; run at start-up and hourly. */
  expireDue(): number {
    const due = this.store.dueToExpire(this.today());
    for (const id of due) this.unpublishing(id, 'expire', 'system');
    return due.length;
  }
}
