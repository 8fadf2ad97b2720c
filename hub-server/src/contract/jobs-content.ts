import { z } from 'zod';
import { LocalizedText } from './common.ts';

/**
 * The content files of job placement (content/jobs/*.json): the occupation hierarchy, districts, the controlled
 * certificate list, the compliance rules, the scoring weights and the demo vacancies.
 */

/** 大典 codes: 大类 "4", 中类 "4-07", 小类 "4-07-05", 细类 "4-07-05-01". */
export const OccupationCode = z.string().regex(/^\d-\d{2}-\d{2}-\d{2}$/, 'must look like 4-07-05-01 (大典 细类)');
export const OccupationGroupCode = z.string().regex(/^\d(-\d{2}){0,2}$/);

export const EducationLevel = z.enum(['none', 'primary', 'junior', 'senior', 'associate', 'bachelor', 'master']);
export type EducationLevel = z.infer<typeof EducationLevel>;

export const DistrictCode = z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'a district code such as pudong');
export const CertificateCode = z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'a certificate code such as forklift');

export const Occupation = z.strictObject({
  code: OccupationCode,
  name: z.string().min(2).max(20),
  /** Its name in English, for the kiosk's English screens and match reasons. */
  en: z.string().min(2).max(40),
  /** Words people use for it (保姆 for 家政服务员); searched, and matched to the code when a title says them. */
  synonyms: z.array(z.string().min(1).max(20)).default([]),
  /** Typical skills, offered as suggestions on the forms. */
  skills: z.array(z.string().min(1).max(20)).default([]),
  /** Certificates the job usually needs by law (codes from certificates.json). */
  certificates: z.array(CertificateCode).default([]),
  education: EducationLevel.default('none'),
});
export type Occupation = z.infer<typeof Occupation>;

export const OccupationsFile = z.strictObject({
  edition: z.string(),
  groups: z.array(z.strictObject({ code: OccupationGroupCode, name: z.string().min(1) })),
  occupations: z.array(Occupation).min(1),
  /** Curated substitutability: a seeker of one can usually do the other (JobTech-style, strong 0.75 / weak 0.5). */
  substitutes: z.array(z.strictObject({ a: OccupationCode, b: OccupationCode, strength: z.enum(['strong', 'weak']) })),
  /** The English name of every skill the occupations list (Chinese name → English), checked at start-up. */
  skillNames: z.record(z.string().min(1).max(20), z.string().min(1).max(40)),
});
export type OccupationsFile = z.infer<typeof OccupationsFile>;

export const District = z.strictObject({
  code: DistrictCode,
  name: z.string().min(2).max(10),
  en: z.string().min(2).max(30),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type District = z.infer<typeof District>;

export const DistrictsFile = z.strictObject({ city: z.string(), note: z.string(), districts: z.array(District).min(1) });

export const Certificate = z.strictObject({
  code: CertificateCode,
  name: z.string().min(2).max(40),
  en: z.string().min(2).max(60),
  kind: z.enum(['special-operation', 'special-equipment', 'driving', 'health', 'qualification', 'skill-level']),
  /** A job that lists it may not be done without it (特种作业, 驾驶证, 健康证…): a missing one is a gap and a penalty. */
  statutory: z.boolean(),
  /** Where to get it: shown with the gap so a seeker learns the training route. */
  training: z.string().min(1),
});
export type Certificate = z.infer<typeof Certificate>;

/** At most 32 certificates: the matcher keeps a seeker's and a vacancy's certificates as 32-bit masks. */
export const CertificatesFile = z.strictObject({ note: z.string(), certificates: z.array(Certificate).min(1).max(32) });

export const FindingSeverity = z.enum(['block', 'review', 'warn']);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

/** A weighted sign for a scored rule: one sign alone is innocent (日结), several together are not. */
export const ComplianceCue = z.strictObject({ pattern: z.string().min(1), weight: z.number().min(-5).max(5) });
export type ComplianceCue = z.infer<typeof ComplianceCue>;

const RuleId = z.string().regex(/^[A-Z][A-Z_]+$/);

export const ComplianceRule = z.strictObject({
  id: RuleId,
  severity: FindingSeverity,
  title: LocalizedText,
  fix: LocalizedText,
  basis: z.array(z.string().min(1)).min(1),
  /** Named word lists written {name} in patterns, allow and cues (and in other terms), so a rule reads as a grammar. */
  terms: z.record(z.string().regex(/^\p{sc=Han}+$/u), z.string().min(1)).default({}),
  /** Regular expressions (JavaScript syntax) over the normalised text; a match is dropped when a negation governs it. */
  patterns: z.array(z.string().min(1)).min(1),
  /** Lawful wordings masked before the patterns run (男女不限, 负责收取物业费…). */
  allow: z.array(z.string().min(1)).default([]),
  /** Signs scored together: the rule also fires when the weights of the distinct cues in one text reach threshold. */
  cues: z.array(ComplianceCue).default([]),
  threshold: z.number().positive().optional(),
}).refine((r) => !r.cues.length === (r.threshold === undefined), 'cues and threshold go together');
export type ComplianceRule = z.infer<typeof ComplianceRule>;

export const ComplianceRulesFile = z.strictObject({ note: z.string(), rules: z.array(ComplianceRule).min(1) });

export const PlacementPolicy = z.strictObject({
  note: z.string(),
  /** 元/月, the city's minimum wage for full-time work (劳动法 第48条). */
  minimumWageMonthly: z.number().int().positive(),
  minimumWageHourly: z.number().positive(),
  /** An open referral with no outcome after this many days shows up as a reminder. */
  referralReminderDays: z.number().int().min(1).max(90),
  /** A vacancy without a closing date expires this many days after approval. */
  vacancyDefaultDays: z.number().int().min(1).max(365),
  maxTextChars: z.number().int().min(100).max(10000),
});
export type PlacementPolicy = z.infer<typeof PlacementPolicy>;

const unit = z.number().min(0).max(1);
export const ScoringConfig = z.strictObject({
  note: z.string(),
  weights: z.strictObject({ occ: unit, skill: unit, geo: unit, sal: unit, time: unit, qual: unit, fresh: unit })
    .refine((w) => Math.abs(Object.values(w).reduce((a, b) => a + b, 0) - 1) < 1e-9, 'weights must add up to 1'),
  occSimilarity: z.strictObject({
    sameXilei: unit, substitutableStrong: unit, substitutableWeak: unit, sameXiaolei: unit, sameZhonglei: unit, sameDalei: unit,
  }),
  skill: z.strictObject({ required: unit, optional: unit, cert: unit, noSkillsListed: unit }),
  geo: z.strictObject({ preferredKm: z.number().positive(), maxKm: z.number().positive(), districtOnly: unit }),
  salary: z.strictObject({ hardFloorRatio: unit }),
  time: z.strictObject({ unknown: unit }),
  fresh: z.strictObject({ decayDays: z.number().positive(), closingSoonDays: z.number().min(0), closingSoonValue: unit }),
  penalties: z.strictObject({ missingStatutoryCertMultiplier: unit }),
  reciprocity: z.strictObject({ reqSkill: unit, cert: unit, qual: unit, availability: unit, minForSeekerList: unit }),
  diversity: z.strictObject({ maxPerEmployerInTop10: z.number().int().min(1).max(10) }),
  minReasons: z.number().int().min(0).max(5),
});
export type ScoringConfig = z.infer<typeof ScoringConfig>;

const Probability = z.number().min(0).max(1);

/** content/jobs/vacancy-templates.json: the wording the demo data and the benchmark's 100k vacancies are composed from. */
export const VacancyTemplatesFile = z.strictObject({
  note: z.string(),
  brands: z.array(z.string().min(1)).min(5),
  industries: z.record(z.string(), z.strictObject({ suffixes: z.array(z.string().min(1)).min(1), districts: z.array(DistrictCode).min(1) })),
  conditions: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  benefitText: z.record(z.string(), z.string()),
  occupations: z.array(z.strictObject({
    code: OccupationCode,
    industries: z.array(z.string()).min(1),
    titles: z.array(z.string().min(2)).min(1),
    duties: z.array(z.string().min(2)).min(1),
    pay: z.tuple([z.number().int(), z.number().int()]),
    shifts: z.array(z.string()).min(1),
    education: EducationLevel,
    experience: z.number().int().min(0),
    certificates: z.array(CertificateCode).default([]),
    preferredCertificates: z.array(CertificateCode).default([]),
    extra: z.string().optional(),
    mealsP: Probability.default(0.3),
    lodgingP: Probability.default(0.2),
    pieceP: Probability.default(0),
    payPeriodP: z.strictObject({ weekly: Probability.optional(), daily: Probability.optional() }).default({}),
    labelsP: z.record(z.string(), Probability).default({}),
    employment: z.array(z.string()).default(['full-time']),
    benefitsExtra: z.array(z.string()).default([]),
  })).min(1),
});
export type VacancyTemplatesFile = z.infer<typeof VacancyTemplatesFile>;

/**
 * One labelled wording of content/jobs/wording-corpus/*.jsonl, the set the wording checker is measured on (tests and
 * bench only; the product never reads it). A discriminatory item names the rule it breaks and that rule's severity;
 * a fair one names the rule whose wording it resembles.
 */
const corpusId = z.string().regex(/^[a-z]+-[df]\d{2,3}$/);
const corpusText = z.string().min(1).max(500);
export const WordingCorpusFair = z.strictObject({ id: corpusId, label: z.literal('fair'), near: RuleId, text: corpusText, why: z.string().min(1) });
export const WordingCorpusUnfair = z.strictObject({
  id: corpusId, label: RuleId, severity: z.enum(['block', 'review']), text: corpusText, why: z.string().min(1),
});
export const WordingCorpusItem = z.union([WordingCorpusFair, WordingCorpusUnfair]);
export type WordingCorpusItem = z.infer<typeof WordingCorpusItem>;
