import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, Slug, Uuid } from './common.ts';
import { CertificateCode, DistrictCode, EducationLevel, FindingSeverity, OccupationCode } from './jobs-content.ts';
import { PrintAccepted } from './services.ts';

export * from './jobs-content.ts';

/** Working patterns (班次); a seeker can say which suit them and opt out of nights. */
export const Shift = z.enum(['day', 'two-shift', 'three-shift', 'night', 'hourly', 'weekend']);
export type Shift = z.infer<typeof Shift>;
export const PayPeriod = z.enum(['monthly', 'weekly', 'daily']);
export const EmploymentType = z.enum(['full-time', 'part-time', 'temporary', 'internship', 'dispatch']);
export const Benefit = z.enum(['social-insurance', 'housing-fund', 'overtime-pay', 'bonus', 'paid-leave', 'shuttle-bus', 'training', 'meal-allowance']);
/** Programme labels (公益性岗位, 就业见习…); `assistance-reserved` is a 再就业援助联盟 vacancy matched first for assistance clients. */
export const VacancyLabel = z.enum(['public-welfare', 'internship', 'graduates', 'veterans', 'disability-friendly', 'assistance-reserved', 'gig']);
/** local, or recruitment with partner regions (劳务输入 inflow, 劳务输出 outflow) or abroad (境外就业). */
export const Programme = z.enum(['local', 'inflow', 'outflow', 'overseas']);
export const VacancyStatus = z.enum(['pending', 'approved', 'rejected', 'withdrawn', 'expired']);
export type VacancyStatus = z.infer<typeof VacancyStatus>;
export const VacancySource = z.enum(['kiosk', 'api', 'import', 'staff', 'content']);

/** Free text on a vacancy: trimmed, no control characters. */
const text = (min: number, max: number) => z.string().trim().min(min).max(max).regex(/^[^\u0000-\u0008\u000b-\u001f\u007f]*$/, 'control characters are not allowed');
/** Mobile 1xxxxxxxxxx or a landline 0xx(x)-xxxxxxx(x). */
export const ContactPhone = z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, 'a mobile number (11 digits) or a landline such as 021-12345678');
const SkillName = text(1, 20);

/**
 * A vacancy as an employer registers it (招聘登记). The form has no field for gender, age, hukou, ethnicity,
 * marital status, height or health, and unknown fields are refused, so those cannot be collected at all
 * (matching.md §4.2 structural rule 1). Legal requirements are certificates from the controlled list.
 */
const VacancyFields = {
  title: text(2, 40),
  employerName: text(2, 60),
  description: text(10, 2000),
  district: DistrictCode,
  /** 元 per month (the monthly equivalent for daily or weekly pay). */
  payMin: z.number().int().min(0).max(200_000),
  payMax: z.number().int().min(0).max(200_000),
  headcount: z.number().int().min(1).max(999),
  contactPhone: ContactPhone,
  contactName: text(1, 20).optional(),
  occupationCode: OccupationCode.optional(),
  address: text(2, 100).optional(),
  /** How often pay is settled: 月结, 周结, 日结. */
  payPeriod: PayPeriod.default('monthly'),
  /** 计件: part of the pay is by the piece. */
  pieceRate: z.boolean().default(false),
  shifts: z.array(Shift).max(6).default([]),
  hoursPerWeek: z.number().int().min(1).max(84).optional(),
  employmentType: EmploymentType.default('full-time'),
  skills: z.array(SkillName).max(12).default([]),
  preferredSkills: z.array(SkillName).max(12).default([]),
  certificates: z.array(CertificateCode).max(8).default([]),
  education: EducationLevel.default('none'),
  experienceYears: z.number().int().min(0).max(30).default(0),
  /** 包吃 */
  meals: z.boolean().default(false),
  /** 包住 */
  lodging: z.boolean().default(false),
  benefits: z.array(Benefit).max(8).default([]),
  labels: z.array(VacancyLabel).max(7).default([]),
  programme: Programme.default('local'),
  /** For outflow and overseas programmes: where the work is. */
  workLocation: text(2, 60).optional(),
  closesOn: ServiceDay.optional(),
  /** A vacancy shown only in this fair's list (专场招聘). */
  fairId: Uuid.optional(),
};

function payOrder(v: { payMin?: number; payMax?: number }, ctx: z.RefinementCtx) {
  if (v.payMin !== undefined && v.payMax !== undefined && v.payMax < v.payMin) {
    ctx.addIssue({ code: 'custom', path: ['payMax'], message: 'must be at least payMin (the range is upside down)' });
  }
}

export const CreateVacancyBody = z.strictObject(VacancyFields).superRefine(payOrder);
export type CreateVacancyBody = z.infer<typeof CreateVacancyBody>;
export type CreateVacancyInput = z.input<typeof CreateVacancyBody>;

/** Staff edits: any subset of the fields; the vacancy goes back to review. */
export const UpdateVacancyBody = z.strictObject(VacancyFields).partial().superRefine(payOrder);
export type UpdateVacancyBody = z.infer<typeof UpdateVacancyBody>;

/** What the kiosk sends to check wording before submit: any of the fields, none required. */
export const CheckVacancyBody = UpdateVacancyBody;

export const Finding = z.strictObject({
  rule: z.string(),
  severity: FindingSeverity,
  /** The field the wording is in, e.g. "description". */
  field: z.string(),
  /** The words that matched, as normalised (full-width to half-width, no spaces). */
  text: z.string(),
  title: LocalizedText,
  /** A plain-language fix for the employer. */
  fix: LocalizedText,
  /** The law or policy the rule rests on. */
  basis: z.array(z.string()),
});
export type Finding = z.infer<typeof Finding>;

export const CheckResult = z.strictObject({
  findings: z.array(Finding),
  /** true when a finding blocks: the vacancy would be refused as written. */
  blocked: z.boolean(),
  /** true when staff must look at a finding before publication. */
  needsReview: z.boolean(),
});

export const VacancyCreated = z.strictObject({
  id: z.number().int().positive(),
  status: z.literal('pending'),
  findings: z.array(Finding),
  /** The 大典 code given, or the one inferred from the title (null when none could be); staff confirm it. */
  occupationCode: OccupationCode.nullable(),
  /** The pre-filled slip for the employer window, when it was registered at a kiosk with a printer (?kioskId=). */
  slip: PrintAccepted.nullable(),
});

export const VacancyId = z.coerce.number().int().positive().max(2 ** 31 - 1);
export const VacancyParams = z.strictObject({ id: VacancyId });

/** Why staff let a vacancy with a review finding through (matching.md §4.3): kept in the audit log. */
export const ReviewReason = z.enum(['JOB_REQUIREMENT', 'STATUTORY_CERT', 'MINOR_PROTECTION', 'FEMALE_PROHIBITED_WORK', 'FALSE_POSITIVE']);
export const RejectReason = z.enum([
  'DISCRIMINATORY', 'FEES_OR_DEPOSIT', 'FALSE_INFORMATION', 'BELOW_MINIMUM_WAGE', 'UNVERIFIED_EMPLOYER', 'DUPLICATE', 'INCOMPLETE', 'OTHER',
]);

export const ApproveVacancyBody = z.strictObject({
  /** Confirms or corrects the 大典 code. */
  occupationCode: OccupationCode.optional(),
  /** Needed when the vacancy has review findings. */
  reviewReason: ReviewReason.optional(),
  note: text(1, 200).optional(),
});
export const RejectVacancyBody = z.strictObject({ reason: RejectReason, note: text(1, 200).optional() });
export const WithdrawVacancyBody = z.strictObject({ note: text(1, 200).optional() });

/** A vacancy as it appears in lists: no contact details. */
export const JobSummary = z.strictObject({
  id: z.number().int().positive(),
  title: z.string(),
  employerName: z.string(),
  district: DistrictCode,
  districtName: z.string(),
  occupationCode: OccupationCode.nullable(),
  occupationName: z.string().nullable(),
  payMin: z.number().int(),
  payMax: z.number().int(),
  payPeriod: PayPeriod,
  shifts: z.array(Shift),
  employmentType: EmploymentType,
  meals: z.boolean(),
  lodging: z.boolean(),
  headcount: z.number().int(),
  labels: z.array(VacancyLabel),
  programme: Programme,
  postedAt: IsoTime.nullable(),
  closesOn: ServiceDay.nullable(),
  fairId: Uuid.nullable(),
});
export type JobSummary = z.infer<typeof JobSummary>;

/** The public vacancy page (kiosk detail, the QR on a referral slip). */
export const JobDetail = JobSummary.extend({
  description: z.string(),
  address: z.string().nullable(),
  workLocation: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string(),
  pieceRate: z.boolean(),
  hoursPerWeek: z.number().int().nullable(),
  skills: z.array(z.string()),
  preferredSkills: z.array(z.string()),
  certificates: z.array(z.strictObject({ code: CertificateCode, name: z.string(), statutory: z.boolean() })),
  education: EducationLevel,
  experienceYears: z.number().int(),
  benefits: z.array(Benefit),
  employerId: Uuid.nullable(),
  /** The page a phone opens (QR hand-off). */
  url: z.string(),
});
export type JobDetail = z.infer<typeof JobDetail>;

/** The staff view: everything, with the review state. */
export const Vacancy = JobDetail.extend({
  status: VacancyStatus,
  source: VacancySource,
  findings: z.array(Finding),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  reviewedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
  rejectReason: RejectReason.nullable(),
  history: z.array(z.strictObject({ action: z.string(), from: VacancyStatus.nullable(), to: VacancyStatus, by: z.string(), at: IsoTime, note: z.string().nullable() })),
});
export type Vacancy = z.infer<typeof Vacancy>;

const csv = <T extends z.ZodType<string>>(item: T) =>
  z.string().max(400).transform((s, ctx) => {
    const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
    const out: z.output<T>[] = [];
    for (const p of parts) {
      const r = item.safeParse(p);
      if (!r.success) {
        ctx.addIssue({ code: 'custom', message: `"${p.slice(0, 20)}" is not allowed here` });
        return z.NEVER;
      }
      out.push(r.data as z.output<T>);
    }
    return out;
  });
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** GET /api/jobs: full text (≥ 2 characters indexed as bigrams; 1 character scans) with filters. */
export const JobSearchQuery = z.strictObject({
  q: z.string().trim().max(40).optional(),
  /** Comma-separated district codes. */
  district: csv(DistrictCode).optional(),
  /** The pay the seeker needs (元/月): vacancies whose top of range reaches it. */
  payMin: z.coerce.number().int().min(0).max(200_000).optional(),
  shift: csv(Shift).optional(),
  /** Leave out vacancies with these shifts, e.g. night. */
  avoidShift: csv(Shift).optional(),
  meals: flag.optional(),
  lodging: flag.optional(),
  payPeriod: csv(PayPeriod).optional(),
  employmentType: csv(EmploymentType).optional(),
  label: csv(VacancyLabel).optional(),
  programme: Programme.optional(),
  /** A 大典 code or group prefix, e.g. 4-07 or 4-07-05-01. */
  occupation: z.string().regex(/^\d(-\d{2}){0,3}$/).optional(),
  postedWithinDays: z.coerce.number().int().min(1).max(365).optional(),
  fairId: Uuid.optional(),
  employerId: Uuid.optional(),
  sort: z.enum(['relevance', 'newest', 'pay']).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type JobSearchQuery = z.infer<typeof JobSearchQuery>;

export const SearchFilterName = z.enum([
  'district', 'payMin', 'shift', 'avoidShift', 'meals', 'lodging', 'payPeriod', 'employmentType', 'label', 'programme', 'occupation', 'postedWithinDays',
]);

export const JobSearchResult = z.strictObject({
  items: z.array(JobSummary),
  total: z.number().int().nonnegative(),
  /** How the query was read: each term and the synonyms it was widened with. */
  terms: z.array(z.strictObject({ term: z.string(), synonyms: z.array(z.string()) })),
  /** Only when nothing was found: what to try instead. */
  help: z.strictObject({
    /** How many vacancies each filter, dropped alone, would bring back. */
    relaxed: z.array(z.strictObject({ filter: SearchFilterName, total: z.number().int().positive() })),
    /** Occupation names close to the query, to tap instead. */
    suggestions: z.array(z.string()),
    message: LocalizedText,
  }).nullable(),
});
export type JobSearchResult = z.infer<typeof JobSearchResult>;

export const SuggestQuery = z.strictObject({ q: z.string().trim().min(1).max(20), limit: z.coerce.number().int().min(1).max(20).default(8) });
export const Suggestion = z.strictObject({
  kind: z.enum(['occupation', 'district']),
  label: z.string(),
  /** The occupation code or district code to filter by. */
  value: z.string(),
  /** The synonym that matched, when it was not the name itself. */
  via: z.string().nullable(),
});

/** The controlled lists as the forms offer them, each name in Chinese (name) and English (en). */
export const PlacementVocabulary = z.strictObject({
  occupations: z.array(z.strictObject({
    code: OccupationCode, name: z.string(), en: z.string(), path: z.array(z.string()), synonyms: z.array(z.string()), skills: z.array(z.string()),
    /** Certificates the work usually needs (a registration offers them with the skills). */
    certificates: z.array(CertificateCode),
  })),
  districts: z.array(z.strictObject({ code: DistrictCode, name: z.string(), en: z.string() })),
  certificates: z.array(z.strictObject({ code: CertificateCode, name: z.string(), en: z.string(), statutory: z.boolean() })),
  /** Every skill the occupations list: its Chinese name (what is stored) and its English name. */
  skills: z.array(z.strictObject({ name: z.string(), en: z.string() })),
  minimumWageMonthly: z.number().int(),
});

export const VacancyListQuery = z.strictObject({
  status: VacancyStatus.default('pending'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const VacancyList = z.strictObject({ items: z.array(Vacancy), total: z.number().int() });

export const ImportStarted = z.strictObject({ importId: Uuid, rows: z.number().int() });
export const ImportReport = z.strictObject({
  importId: Uuid,
  state: z.enum(['running', 'done']),
  rows: z.number().int(),
  processed: z.number().int(),
  created: z.number().int(),
  published: z.number().int(),
  errors: z.array(z.strictObject({
    /** 1-based row in the sheet, counting the header as row 1. */
    row: z.number().int(),
    field: z.string(),
    message: z.string(),
    findings: z.array(Finding).optional(),
  })),
  by: z.string(),
  startedAt: IsoTime,
});
export type ImportReport = z.infer<typeof ImportReport>;
export const ImportQuery = z.strictObject({
  /** Publish rows with no finding at all straight away (staff import); others stay pending. */
  publish: flag.default(false),
});

/** Print this at a kiosk: the kiosk whose printer it comes out of. */
export const PrintAtKiosk = z.strictObject({ kioskId: Slug });

/** content/jobs/vacancies.json: demo vacancies. `status` and `ageDays` place each in the demo's review queue or its past. */
export const VacancySeedFile = z.strictObject({
  note: z.string(),
  vacancies: z.array(z.strictObject({
    status: z.enum(['approved', 'pending']),
    /** Posted this many days before the first start, so freshness and "posted within" filters have something to show. */
    ageDays: z.number().int().min(0).max(60),
    vacancy: CreateVacancyBody,
  })),
});
