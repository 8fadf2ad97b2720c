import crypto from 'node:crypto';
import type { z } from 'zod';
import type {
  AddShortlistBody, CreateEntrustBody, EntrustAction, EntrustRequest, ShortlistEntry, ShortlistResultBody,
} from '../../contract/index.ts';
import type { HubContext } from '../../infra/context.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { Vacancies } from '../jobs/plugin.ts';
import type { VacancyRow } from '../jobs/vacancy-store.ts';
import type { Matching } from '../matching/plugin.ts';
import type { Referrals } from '../referrals/plugin.ts';
import type { Seekers } from '../seekers/plugin.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { canMove as canMoveReferral } from '../referrals/outcome.ts';
import { nextReference } from '../../infra/reference-numbers.ts';
import {
  canMoveResult, canRecordResults, canShortlist, isOverdue, nextStatus, referralOutcomeFor,
} from './status.ts';
import { EntrustStore, type EntrustFilter, type RequestRow } from './store.ts';
import { serviceDay } from '../../infra/clock.ts';

const DAY_MS = 86_400_000;
/** A quarter ahead is as far as a shortlist is worth planning; vacancies close after 60 days by default. */
const MAX_DUE_DAYS = 90;

const DONE: Record<EntrustAction, string> = { start: 'started', deliver: 'handed over', close: 'closed', cancel: 'cancelled' };

/** Who asks: an employer account (its own vacancies only) or staff at the employer window. */
export type EntrustActor = { kind: 'employer'; employerId: string; by: string } | { kind: 'staff'; by: string };

/** What the employer is shown: no staff notes or history, and the shortlist only once it is handed over. */
export type Audience = 'staff' | 'employer';

interface Deps {
  hub: HubContext;
  vacancies: Pick<Vacancies, 'find' | 'findings' | 'view'>;
  seekers: Pick<Seekers, 'profile' | 'view'>;
  matching: Pick<Matching, 'candidatesFor'>;
  referrals: Pick<Referrals, 'create' | 'get' | 'record' | 'openFor' | 'refNo'>;
  vocab: Vocabulary;
}

/**
 * 委托招聘 (3.1.6): requests, the shortlist built from the ranked consenting seekers, each one's result, and the
 * request's close. A shortlisted seeker can be referred at the same time, so the referral follow-up (3.1.9)
 * covers them; a result recorded here moves that referral too, where its own lifecycle allows.
 */
export class EntrustService {
  readonly store: EntrustStore;

  constructor(private readonly p: Deps) {
    this.store = new EntrustStore(p.hub.db);
  }

  private get db() {
    return this.p.hub.db;
  }

  private today(): string {
    return serviceDay(this.p.hub.now(), this.p.hub.catalogue.hall.timezone);
  }

  private publishedVacancy(id: number, path: string): VacancyRow {
    const row = this.p.vacancies.find(id);
    if (!row || row.status !== 'approved') throw fieldError(422, path, 'no published vacancy with this id');
    return row;
  }

  create(body: CreateEntrustBody, actor: EntrustActor): EntrustRequest {
    const vacancy = this.publishedVacancy(body.vacancyId, 'body.vacancyId');
    if (actor.kind === 'employer' && vacancy.employer_id !== actor.employerId) {
      throw fieldError(403, 'body.vacancyId', 'this vacancy belongs to another employer', 'NOT_YOURS');
    }
    const today = this.today();
    if (body.dueBy < today) throw fieldError(422, 'body.dueBy', 'is in the past');
    const latest = new Date(Date.parse(`${today}T00:00:00Z`) + MAX_DUE_DAYS * DAY_MS).toISOString().slice(0, 10);
    if (body.dueBy > latest) throw fieldError(422, 'body.dueBy', `is more than ${MAX_DUE_DAYS} days ahead`);
    if (body.note) this.checkWording(body.note);
    const now = this.p.hub.now();
    const at = now.toISOString();
    const id = crypto.randomUUID();
    this.db.transaction(() => {
      if (this.store.openFor(vacancy.id)) {
        throw new HttpError(409, 'ALREADY_ENTRUSTED', 'body.vacancyId: this vacancy already has an open entrusted-recruitment request',
          [{ path: 'body.vacancyId', message: 'already entrusted' }],
          { zh: '这个岗位已经委托中心招聘了，请等候推荐名单。', en: 'This vacancy is already entrusted to the centre; the shortlist will follow.' });
      }
      const refNo = nextReference(this.db, 'entrust', 'WT', serviceDay(now, this.p.hub.catalogue.hall.timezone));
      this.store.insert({
        id, ref_no: refNo, vacancy_id: vacancy.id, employer_id: vacancy.employer_id, candidates_wanted: body.candidates, due_by: body.dueBy,
        note: body.note ?? null, status: 'requested', created_by: actor.by, created_at: at,
      });
      this.store.event(id, { action: 'request', from_status: null, to_status: 'requested', seeker_id: null, by: actor.by, at, note: null });
    })();
    return this.get(id, 'staff');
  }

  /** The note is read by staff and shapes whom they shortlist: it may not ask for what a vacancy may not. */
  private checkWording(note: string): void {
    const findings = this.p.vacancies.findings({ description: note });
    const f = findings.find((x) => x.severity === 'block');
    if (!f) return;
    throw new HttpError(422, 'BLOCKED_WORDING', `body.note: ${f.rule}: "${f.text}"`, [{ path: 'body.note', message: `${f.title.en}: "${f.text}"` }],
      { zh: `${f.title.zh}：“${f.text}”。${f.fix.zh}`, en: `${f.title.en}: "${f.text}". ${f.fix.en}` }, { findings });
  }

  private row(id: string): RequestRow {
    const row = this.store.get(id);
    if (!row) throw fieldError(404, 'params.id', 'no such entrusted-recruitment request');
    return row;
  }

  employerOf(id: string): string | null {
    return this.row(id).employer_id;
  }

  transition(id: string, action: EntrustAction, by: string, note?: string): EntrustRequest {
    this.db.transaction(() => {
      const row = this.row(id);
      const to = nextStatus(row.status, action);
      if (!to) throw new HttpError(409, 'ENTRUST_STATE', `the request is ${row.status}; it cannot be ${DONE[action]} now`);
      if (action === 'deliver' && !this.store.entries(id).some((e) => e.result !== 'withdrawn')) {
        throw new HttpError(409, 'EMPTY_SHORTLIST', 'the shortlist has no candidate to hand over');
      }
      const at = this.p.hub.now().toISOString();
      if (!this.store.setStatus(id, row.status, to, at, to === 'closed' || to === 'cancelled')) throw new HttpError(409, 'ENTRUST_STATE', 'the request changed meanwhile; reload it');
      this.store.event(id, { action, from_status: row.status, to_status: to, seeker_id: null, by, at, note: note ?? null });
    })();
    return this.get(id, 'staff');
  }

  shortlist(id: string, body: z.infer<typeof AddShortlistBody>, by: string): EntrustRequest {
    const now = this.p.hub.now();
    const at = now.toISOString();
    this.db.transaction(() => {
      const row = this.row(id);
      if (!canShortlist(row.status)) throw new HttpError(409, 'ENTRUST_STATE', `the request is ${row.status}; no one can be added now`);
      let seeker;
      try {
        seeker = this.p.seekers.profile(body.seekerId);
      } catch {
        throw fieldError(422, 'body.seekerId', 'no such job seeker');
      }
      if (!seeker.consent) throw fieldError(422, 'body.seekerId', 'has not agreed to be recommended to employers');
      if (this.store.entry(id, body.seekerId)) throw fieldError(409, 'body.seekerId', 'is already on the shortlist', 'ALREADY_SHORTLISTED');
      const vacancy = this.p.vacancies.find(row.vacancy_id);
      if (!vacancy || vacancy.status !== 'approved') throw new HttpError(409, 'VACANCY_GONE', 'the vacancy is no longer published; close the request');
      const score = this.p.matching.candidatesFor(row.vacancy_id, [seeker], now, 1)[0]?.mutualScore ?? null;
      let referralId: string | null = null;
      if (body.refer) referralId = this.p.referrals.openFor(body.seekerId, row.vacancy_id) ?? this.p.referrals.create(body.seekerId, [row.vacancy_id], undefined, by)[0]!.id;
      this.store.addEntry({ request_id: id, seeker_id: body.seekerId, score, referral_id: referralId, note: body.note ?? null, added_by: by, added_at: at });
      if (row.status === 'requested') {
        this.store.setStatus(id, 'requested', 'screening', at, false);
        this.store.event(id, { action: 'start', from_status: 'requested', to_status: 'screening', seeker_id: null, by, at, note: null });
      } else {
        this.store.touch(id, at);
      }
      const status = row.status === 'requested' ? 'screening' : row.status;
      this.store.event(id, { action: 'shortlist', from_status: status, to_status: status, seeker_id: body.seekerId, by, at, note: body.note ?? null });
    })();
    return this.get(id, 'staff');
  }

  recordResult(id: string, seekerId: string, body: z.infer<typeof ShortlistResultBody>, by: string): EntrustRequest {
    this.db.transaction(() => {
      const row = this.row(id);
      if (!canRecordResults(row.status)) throw new HttpError(409, 'ENTRUST_STATE', `the request is ${row.status}; results are recorded while screening or after handing over`);
      const entry = this.store.entry(id, seekerId);
      if (!entry) throw fieldError(404, 'params.seekerId', 'this seeker is not on the shortlist');
      if (!canMoveResult(entry.result, body.result)) throw new HttpError(409, 'SHORTLIST_STATE', `the candidate is ${entry.result}; it cannot become ${body.result}`);
      const at = this.p.hub.now().toISOString();
      if (!this.store.setResult(id, seekerId, entry.result, body.result, body.note ?? null, at)) throw new HttpError(409, 'SHORTLIST_STATE', 'the candidate changed meanwhile; reload');
      this.store.touch(id, at);
      this.store.event(id, { action: `result:${body.result}`, from_status: row.status, to_status: row.status, seeker_id: seekerId, by, at, note: body.note ?? null });
      if (entry.referral_id) {
        const outcome = referralOutcomeFor(body.result);
        // The employer may already have reported the referral (e.g. hired); its own record then stands.
        if (canMoveReferral(this.p.referrals.get(entry.referral_id).status, outcome)) this.p.referrals.record(entry.referral_id, outcome, by, body.note);
      }
    })();
    return this.get(id, 'staff');
  }

  get(id: string, audience: Audience): EntrustRequest {
    return this.toView(this.row(id), audience);
  }

  list(f: EntrustFilter, audience: Audience): { items: EntrustRequest[]; total: number } {
    const { rows, total } = this.store.list(f);
    return { items: rows.map((r) => this.toView(r, audience)), total };
  }

  private toView(r: RequestRow, audience: Audience): EntrustRequest {
    const vacancy = this.p.vacancies.find(r.vacancy_id) as VacancyRow;
    const entries = this.store.entries(r.id);
    const handedOver = r.status === 'shortlisted' || r.status === 'closed';
    const shown = audience === 'staff' || handedOver ? entries : [];
    const shortlist: ShortlistEntry[] = shown.map((e) => {
      const s = this.p.seekers.view(e.seeker_id);
      return {
        seeker: {
          id: s.id, nameMasked: s.nameMasked, district: s.district, districtName: this.p.vocab.district(s.district)?.name ?? s.district,
          wantedOccupations: s.wantedOccupations, skills: s.skills, certificates: s.certificates, education: s.education, experienceYears: s.experienceYears,
        },
        score: e.score, result: e.result, referralId: e.referral_id, referralRefNo: e.referral_id ? this.p.referrals.refNo(e.referral_id) : null,
        note: audience === 'staff' ? e.note : null, addedAt: e.added_at, updatedAt: e.updated_at,
      };
    });
    return {
      id: r.id, refNo: r.ref_no, status: r.status, vacancy: this.p.vacancies.view.summary(vacancy), employerId: r.employer_id,
      candidatesWanted: r.candidates_wanted, dueBy: r.due_by, overdue: isOverdue(r.status, r.due_by, this.today()), note: r.note, shortlist,
      hired: entries.filter((e) => e.result === 'hired').length, createdAt: r.created_at, updatedAt: r.updated_at, closedAt: r.closed_at,
      history: audience === 'staff'
        ? this.store.events(r.id).map((e) => ({ action: e.action, from: e.from_status, to: e.to_status, seekerId: e.seeker_id, by: e.by, at: e.at, note: e.note }))
        : [],
    };
  }
}
