import crypto from 'node:crypto';
import type { z } from 'zod';
import type {
  EducationLevel, EmploymentType, RegisterSeekerBody, Seeker, SeekerCaseBody, Shift, UpdateSeekerBody,
} from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { ID_PROBLEM_SAID, ID_PROBLEM_TEXT, idNumberProblem, maskIdNumber, maskName, maskPhone } from '../../contract/index.ts';
import type { IdentityVault } from '../../infra/vault.ts';
import { nextReference } from '../../infra/reference-numbers.ts';
import type { PrintAccepted, PrintDocument, PrintJobView } from '../../contract/index.ts';
import type { AtWindow } from '../services/at-window.ts';
import { registrationSlip } from './slip.ts';

/** 求职登记 in the handbook: the function whose window finishes a registration made at a kiosk. */
const REGISTRATION_SERVICE = '3.1.2';

export interface RegistrationPrinting {
  hallName: { zh: string; en: string };
  print(kioskId: string, document: PrintDocument, opts: { field: string }): PrintJobView | null;
  atWindow(serviceId: string): AtWindow | null;
}
import { serviceDay } from '../../infra/clock.ts';

/** What matching reads of a seeker: the profile, never the identity. */
export interface SeekerProfile {
  id: string;
  nameMasked: string;
  district: string;
  /** Where they will work; empty = anywhere. */
  workDistricts: string[];
  wanted: string[];
  skills: string[];
  certificates: string[];
  payMin: number;
  shifts: Shift[];
  avoidShifts: Shift[];
  employmentTypes: Array<z.infer<typeof EmploymentType>>;
  education: EducationLevel;
  experienceYears: number;
  maxCommuteKm: number | null;
  consent: boolean;
  assistance: boolean;
  counsellor: string | null;
}

interface Row {
  id: string;
  name_masked: string;
  id_masked: string;
  phone_masked: string;
  district: string;
  work_districts: string;
  ref_no: string | null;
  wanted: string;
  skills: string;
  certificates: string;
  pay_min: number;
  shifts: string;
  avoid_shifts: string;
  employment_types: string;
  education: EducationLevel;
  experience_years: number;
  max_commute_km: number | null;
  consent_recommend: number;
  assistance: number;
  counsellor: string | null;
  created_at: string;
}

function profile(r: Row): SeekerProfile {
  return {
    id: r.id, nameMasked: r.name_masked, district: r.district, workDistricts: JSON.parse(r.work_districts), wanted: JSON.parse(r.wanted), skills: JSON.parse(r.skills),
    certificates: JSON.parse(r.certificates), payMin: r.pay_min, shifts: JSON.parse(r.shifts), avoidShifts: JSON.parse(r.avoid_shifts),
    employmentTypes: JSON.parse(r.employment_types), education: r.education, experienceYears: r.experience_years,
    maxCommuteKm: r.max_commute_km, consent: !!r.consent_recommend, assistance: !!r.assistance, counsellor: r.counsellor,
  };
}

export function seekerView(r: Row): Seeker {
  const p = profile(r);
  return {
    id: r.id, refNo: r.ref_no, nameMasked: r.name_masked, idMasked: r.id_masked, phoneMasked: r.phone_masked, district: p.district,
    workDistricts: p.workDistricts, wantedOccupations: p.wanted, skills: p.skills, certificates: p.certificates, payMin: p.payMin, shifts: p.shifts,
    avoidShifts: p.avoidShifts, employmentTypes: p.employmentTypes, education: p.education, experienceYears: p.experienceYears,
    maxCommuteKm: p.maxCommuteKm, consentToRecommend: p.consent, assistance: p.assistance, counsellor: p.counsellor, createdAt: r.created_at,
  };
}

type ProfileFields = Omit<RegisterSeekerBody, 'idNumber' | 'name' | 'phone'>;

/**
 * Job-seeker registration (求职登记). The ID number is checked (GB 11643) and then only ever leaves this class
 * masked; the identity row is sealed by the vault and read by nothing that answers a request.
 */
export class SeekerService {
  private readonly stmts;

  constructor(
    private readonly db: Db,
    private readonly vocab: Vocabulary,
    private readonly vault: IdentityVault,
    private readonly now: () => Date,
    /** The hall's time zone: a registration's reference carries the service day. */
    private readonly timeZone: string,
    /** Prints the pre-filled slip of a registration made at a kiosk (app.printing, app.services). */
    private readonly slips: RegistrationPrinting,
  ) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO seekers (id, ref_no, name_masked, id_masked, phone_masked, district, work_districts, wanted, skills, certificates, pay_min, shifts,
           avoid_shifts, employment_types, education, experience_years, max_commute_km, consent_recommend, consent_at, created_at, updated_at)
         VALUES (@id, @ref_no, @name_masked, @id_masked, @phone_masked, @district, @work_districts, @wanted, @skills, @certificates, @pay_min, @shifts,
           @avoid_shifts, @employment_types, @education, @experience_years, @max_commute_km, @consent_recommend, @consent_at, @at, @at)`,
      ),
      identity: db.prepare('INSERT INTO seeker_identity (seeker_id, id_hash, id_sealed, name_sealed, phone_sealed) VALUES (?, ?, ?, ?, ?)'),
      byHash: db.prepare('SELECT seeker_id, phone_sealed FROM seeker_identity WHERE id_hash = ?'),
      get: db.prepare('SELECT * FROM seekers WHERE id = ?'),
      update: db.prepare(
        `UPDATE seekers SET district = @district, work_districts = @work_districts, wanted = @wanted, skills = @skills, certificates = @certificates, pay_min = @pay_min,
           shifts = @shifts, avoid_shifts = @avoid_shifts, employment_types = @employment_types, education = @education,
           experience_years = @experience_years, max_commute_km = @max_commute_km, consent_recommend = @consent_recommend,
           consent_at = CASE WHEN @consent_recommend = 1 AND consent_recommend = 0 THEN @at WHEN @consent_recommend = 0 THEN NULL ELSE consent_at END,
           updated_at = @at
         WHERE id = @id`,
      ),
      setCase: db.prepare('UPDATE seekers SET assistance = COALESCE(@assistance, assistance), counsellor = @counsellor, updated_at = @at WHERE id = @id'),
      consenting: db.prepare('SELECT * FROM seekers WHERE consent_recommend = 1'),
    };
  }

  private validateProfile(p: Partial<ProfileFields>, prefix: string): void {
    if (p.district !== undefined && !this.vocab.district(p.district)) throw fieldError(422, `${prefix}.district`, `unknown district "${p.district}"`);
    p.workDistricts?.forEach((d, i) => {
      if (!this.vocab.district(d)) throw fieldError(422, `${prefix}.workDistricts.${i}`, `unknown district "${d}"`);
    });
    p.wantedOccupations?.forEach((c, i) => {
      if (!this.vocab.occupation(c)) throw fieldError(422, `${prefix}.wantedOccupations.${i}`, `unknown occupation code "${c}"`);
    });
    p.certificates?.forEach((c, i) => {
      if (!this.vocab.certificate(c)) throw fieldError(422, `${prefix}.certificates.${i}`, `unknown certificate "${c}"`);
    });
  }

  private columns(p: ProfileFields) {
    return {
      district: p.district, work_districts: JSON.stringify([...new Set(p.workDistricts)]), wanted: JSON.stringify(p.wantedOccupations), skills: JSON.stringify(p.skills),
      certificates: JSON.stringify(p.certificates), pay_min: p.payMin, shifts: JSON.stringify(p.shifts), avoid_shifts: JSON.stringify(p.avoidShifts),
      employment_types: JSON.stringify(p.employmentTypes), education: p.education, experience_years: p.experienceYears,
      max_commute_km: p.maxCommuteKm ?? null, consent_recommend: p.consentToRecommend ? 1 : 0,
    };
  }

  /**
   * 求职登记. Made at a kiosk (`printAt`), the pre-filled slip for the window prints there, stored in the same
   * transaction as the registration: no slip for a refused one, no registration without its slip.
   */
  register(body: RegisterSeekerBody, printAt?: string): { seeker: Seeker; slip: PrintAccepted | null } {
    const problem = idNumberProblem(body.idNumber, this.now());
    if (problem) {
      throw new HttpError(422, 'INVALID_ID_NUMBER', `body.idNumber: ${ID_PROBLEM_TEXT[problem]}`, [{ path: 'body.idNumber', message: ID_PROBLEM_TEXT[problem] }], ID_PROBLEM_SAID[problem]);
    }
    this.validateProfile(body, 'body');
    const idHash = this.vault.lookupHash(body.idNumber);
    const id = crypto.randomUUID();
    const at = this.now().toISOString();
    const slip = this.db.transaction(() => {
      if (this.stmts.byHash.get(idHash)) {
        throw new HttpError(409, 'SEEKER_EXISTS', 'body.idNumber: this ID number is already registered; sign in instead',
          [{ path: 'body.idNumber', message: 'already registered' }],
          { zh: '这个身份证号已经登记过了，请直接登录。', en: 'This ID number is already registered. Please sign in.' });
      }
      this.stmts.insert.run({
        id, ref_no: nextReference(this.db, 'seeker', 'QZ', serviceDay(this.now(), this.timeZone)), name_masked: maskName(body.name), id_masked: maskIdNumber(body.idNumber), phone_masked: maskPhone(body.phone),
        ...this.columns(body), consent_at: body.consentToRecommend ? at : null, at,
      });
      this.stmts.identity.run(id, idHash, this.vault.seal(body.idNumber), this.vault.seal(body.name), this.vault.seal(body.phone));
      return printAt ? this.printSlip(this.view(id), printAt) : null;
    })();
    return { seeker: this.view(id), slip };
  }

  private printSlip(seeker: Seeker, kioskId: string): PrintAccepted | null {
    const v = this.vocab;
    const job = this.slips.print(kioskId, registrationSlip({
      hallName: this.slips.hallName, seeker, occupationNames: seeker.wantedOccupations.map((c) => v.occupation(c)?.name ?? c),
      homeDistrict: v.district(seeker.district)?.name ?? seeker.district, workDistricts: seeker.workDistricts.map((d) => v.district(d)?.name ?? d),
      certificateNames: seeker.certificates.map((c) => v.certificate(c)?.name ?? c), window: this.slips.atWindow(REGISTRATION_SERVICE),
      issuedAt: this.now(), timeZone: this.timeZone,
    }), { field: 'query.kioskId' });
    return job && { jobId: job.jobId, state: job.state };
  }

  /** The seeker registered with this ID number (a card read at a kiosk's reader), or null. */
  findByIdNumber(idNumber: string): Seeker | null {
    const row = this.stmts.byHash.get(this.vault.lookupHash(idNumber)) as { seeker_id: string } | undefined;
    return row ? this.view(row.seeker_id) : null;
  }

  /** The seeker with this ID number whose phone ends in these 4 digits, or null. */
  signIn(idNumber: string, phoneLast4: string): Seeker | null {
    const row = this.stmts.byHash.get(this.vault.lookupHash(idNumber)) as { seeker_id: string; phone_sealed: string } | undefined;
    if (!row) return null;
    const phone = this.vault.unseal(row.phone_sealed);
    const last4 = Buffer.from(phone.replace(/\D/g, '').slice(-4));
    const given = Buffer.from(phoneLast4);
    return last4.length === given.length && crypto.timingSafeEqual(last4, given) ? this.view(row.seeker_id) : null;
  }

  private row(id: string): Row {
    const row = this.stmts.get.get(id) as Row | undefined;
    if (!row) throw fieldError(404, 'params.id', 'no such seeker');
    return row;
  }

  view(id: string): Seeker {
    return seekerView(this.row(id));
  }

  profile(id: string): SeekerProfile {
    return profile(this.row(id));
  }

  update(id: string, patch: UpdateSeekerBody): Seeker {
    this.validateProfile(patch, 'body');
    const current = this.view(id);
    const merged: ProfileFields = {
      district: current.district, workDistricts: current.workDistricts, wantedOccupations: current.wantedOccupations, skills: current.skills, certificates: current.certificates,
      payMin: current.payMin, shifts: current.shifts, avoidShifts: current.avoidShifts, employmentTypes: current.employmentTypes,
      education: current.education, experienceYears: current.experienceYears, maxCommuteKm: current.maxCommuteKm ?? undefined,
      consentToRecommend: current.consentToRecommend, ...patch,
    };
    this.stmts.update.run({ id, ...this.columns(merged), at: this.now().toISOString() });
    return this.view(id);
  }

  setCase(id: string, body: z.infer<typeof SeekerCaseBody>): Seeker {
    const current = this.view(id);
    this.stmts.setCase.run({
      id, assistance: body.assistance === undefined ? null : body.assistance ? 1 : 0,
      counsellor: body.counsellor === undefined ? current.counsellor : body.counsellor, at: this.now().toISOString(),
    });
    return this.view(id);
  }

  list(filter: { counsellor?: string; assistance?: boolean; limit: number; offset: number }): { items: Seeker[]; total: number } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.counsellor) { where.push('counsellor = ?'); params.push(filter.counsellor); }
    if (filter.assistance !== undefined) { where.push('assistance = ?'); params.push(filter.assistance ? 1 : 0); }
    const sql = `FROM seekers ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const rows = this.db.prepare(`SELECT * ${sql} ORDER BY created_at DESC LIMIT ? OFFSET ?`).all(...params, filter.limit, filter.offset) as Row[];
    const total = (this.db.prepare(`SELECT COUNT(*) AS n ${sql}`).get(...params) as { n: number }).n;
    return { items: rows.map(seekerView), total };
  }

  /** Ids of the seekers a counsellor follows up (就业援助). */
  followedBy(counsellor: string): string[] {
    return this.db.prepare('SELECT id FROM seekers WHERE counsellor = ?').pluck().all(counsellor) as string[];
  }

  /** Seekers who agreed to be recommended: the only ones an employer's candidate list may hold. */
  consenting(): SeekerProfile[] {
    return (this.stmts.consenting.all() as Row[]).map(profile);
  }
}
