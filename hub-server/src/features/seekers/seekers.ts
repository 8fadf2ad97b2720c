import crypto from 'node:crypto';
import type { z } from 'zod';
import type {
  EducationLevel, EmploymentType, RegisterSeekerBody, Seeker, SeekerCaseBody, Shift, UpdateSeekerBody,
} from '../../contract/index.ts';
import { ID_PROBLEM_TEXT, idNumberProblem, maskIdNumber, maskName, maskPhone } from '../../contract/index.ts';
import type { Db } from '../../infra/db.ts';
import { HttpError, fieldError } from '../../infra/errors.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { IdentityVault } from '../../infra/vault.ts';

/** What matching reads of a seeker: the profile, never the identity. */
export interface SeekerProfile {
  id: string;
  nameMasked: string;
  district: string;
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
    id: r.id, nameMasked: r.name_masked, district: r.district, wanted: JSON.parse(r.wanted), skills: JSON.parse(r.skills),
    certificates: JSON.parse(r.certificates), payMin: r.pay_min, shifts: JSON.parse(r.shifts), avoidShifts: JSON.parse(r.avoid_shifts),
    employmentTypes: JSON.parse(r.employment_types), education: r.education, experienceYears: r.experience_years,
    maxCommuteKm: r.max_commute_km, consent: !!r.consent_recommend, assistance: !!r.assistance, counsellor: r.counsellor,
  };
}

export function seekerView(r: Row): Seeker {
  const p = profile(r);
  return {
    id: r.id, nameMasked: r.name_masked, idMasked: r.id_masked, phoneMasked: r.phone_masked, district: p.district,
    wantedOccupations: p.wanted, skills: p.skills, certificates: p.certificates, payMin: p.payMin, shifts: p.shifts,
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
  ) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO seekers (id, name_masked, id_masked, phone_masked, district, wanted, skills, certificates, pay_min, shifts, avoid_shifts,
           employment_types, education, experience_years, max_commute_km, consent_recommend, consent_at, created_at, updated_at)
         VALUES (@id, @name_masked, @id_masked, @phone_masked, @district, @wanted, @skills, @certificates, @pay_min, @shifts, @avoid_shifts,
           @employment_types, @education, @experience_years, @max_commute_km, @consent_recommend, @consent_at, @at, @at)`,
      ),
      identity: db.prepare('INSERT INTO seeker_identity (seeker_id, id_hash, id_sealed, name_sealed, phone_sealed) VALUES (?, ?, ?, ?, ?)'),
      byHash: db.prepare('SELECT seeker_id, phone_sealed FROM seeker_identity WHERE id_hash = ?'),
      get: db.prepare('SELECT * FROM seekers WHERE id = ?'),
      update: db.prepare(
        `UPDATE seekers SET district = @district, wanted = @wanted, skills = @skills, certificates = @certificates, pay_min = @pay_min,
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
    p.wantedOccupations?.forEach((c, i) => {
      if (!this.vocab.occupation(c)) throw fieldError(422, `${prefix}.wantedOccupations.${i}`, `unknown occupation code "${c}"`);
    });
    p.certificates?.forEach((c, i) => {
      if (!this.vocab.certificate(c)) throw fieldError(422, `${prefix}.certificates.${i}`, `unknown certificate "${c}"`);
    });
  }

  private columns(p: ProfileFields) {
    return {
      district: p.district, wanted: JSON.stringify(p.wantedOccupations), skills: JSON.stringify(p.skills),
      certificates: JSON.stringify(p.certificates), pay_min: p.payMin, shifts: JSON.stringify(p.shifts), avoid_shifts: JSON.stringify(p.avoidShifts),
      employment_types: JSON.stringify(p.employmentTypes), education: p.education, experience_years: p.experienceYears,
      max_commute_km: p.maxCommuteKm ?? null, consent_recommend: p.consentToRecommend ? 1 : 0,
    };
  }

  register(body: RegisterSeekerBody): Seeker {
    const problem = idNumberProblem(body.idNumber, this.now());
    if (problem) throw fieldError(422, 'body.idNumber', ID_PROBLEM_TEXT[problem], 'INVALID_ID_NUMBER');
    this.validateProfile(body, 'body');
    const idHash = this.vault.lookupHash(body.idNumber);
    const id = crypto.randomUUID();
    const at = this.now().toISOString();
    this.db.transaction(() => {
      if (this.stmts.byHash.get(idHash)) {
        throw new HttpError(409, 'SEEKER_EXISTS', 'body.idNumber: this ID number is already registered; sign in instead',
          [{ path: 'body.idNumber', message: 'already registered' }],
          { zh: '这个身份证号已经登记过了，请直接登录。', en: 'This ID number is already registered. Please sign in.' });
      }
      this.stmts.insert.run({
        id, name_masked: maskName(body.name), id_masked: maskIdNumber(body.idNumber), phone_masked: maskPhone(body.phone),
        ...this.columns(body), consent_at: body.consentToRecommend ? at : null, at,
      });
      this.stmts.identity.run(id, idHash, this.vault.seal(body.idNumber), this.vault.seal(body.name), this.vault.seal(body.phone));
    })();
    return this.view(id);
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
      district: current.district, wantedOccupations: current.wantedOccupations, skills: current.skills, certificates: current.certificates,
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
