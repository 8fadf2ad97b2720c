import { z } from 'zod';
import { IsoTime, LocalizedText, Uuid } from './common.ts';
import { DistrictCode, OccupationCode } from './jobs-content.ts';

/**
 * 用工调查 (3.1.7): an employer's expected hiring for the next quarter, answered at the kiosk by tapping. Nothing
 * about people is asked: the employer, its district and size, and per occupation the headcount, the planned
 * pay, whether it is hard to fill and why; then the training it would want.
 */
export const HardToFillReason = z.enum([
  'few-applicants', 'skills-shortage', 'certificate-required', 'pay-expectations', 'shift-or-hours', 'physical-work', 'remote-location', 'high-turnover',
]);
export type HardToFillReason = z.infer<typeof HardToFillReason>;
export const TrainingNeed = z.enum(['safety', 'skills-upgrade', 'certificates', 'digital', 'induction', 'management', 'apprenticeship']);
export type TrainingNeed = z.infer<typeof TrainingNeed>;
export const EmployerSize = z.enum(['1-9', '10-49', '50-199', '200-999', '1000+']);

/** The words the kiosk, the admin page and the CSV use for the choices, so all three say the same. */
export const HARD_TO_FILL_LABELS: Record<HardToFillReason, LocalizedText> = {
  'few-applicants': { zh: '应聘的人少', en: 'Few applicants' },
  'skills-shortage': { zh: '缺少技能', en: 'Skills shortage' },
  'certificate-required': { zh: '需要持证', en: 'Certificate required' },
  'pay-expectations': { zh: '工资期望高', en: 'Pay expectations' },
  'shift-or-hours': { zh: '倒班或工时长', en: 'Shifts or long hours' },
  'physical-work': { zh: '体力活累', en: 'Physically hard work' },
  'remote-location': { zh: '地点偏远', en: 'Remote location' },
  'high-turnover': { zh: '流动性大', en: 'High turnover' },
};
export const TRAINING_LABELS: Record<TrainingNeed, LocalizedText> = {
  safety: { zh: '安全生产培训', en: 'Work safety' },
  'skills-upgrade': { zh: '岗位技能提升', en: 'Skills upgrade' },
  certificates: { zh: '考证培训（特种作业等）', en: 'Certificate courses' },
  digital: { zh: '数字技能', en: 'Digital skills' },
  induction: { zh: '新员工岗前培训', en: 'Induction' },
  management: { zh: '班组长和管理', en: 'Supervisors and management' },
  apprenticeship: { zh: '学徒制（企业新型学徒）', en: 'Apprenticeships' },
};

/** 2027-Q1: the quarter the answers are about. */
export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'a quarter such as 2027-Q1');

const DemandLine = z.strictObject({
  occupationCode: OccupationCode,
  headcount: z.number().int().min(1).max(9999),
  /** Planned monthly pay, 元. */
  payMin: z.number().int().min(0).max(200_000),
  payMax: z.number().int().min(0).max(200_000),
  hardToFill: z.boolean().default(false),
  reasons: z.array(HardToFillReason).max(8).default([]),
}).superRefine((l, ctx) => {
  if (l.payMax < l.payMin) ctx.addIssue({ code: 'custom', path: ['payMax'], message: 'must be at least payMin (the range is upside down)' });
  if (l.hardToFill && !l.reasons.length) ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'say why the post is hard to fill' });
  if (!l.hardToFill && l.reasons.length) ctx.addIssue({ code: 'custom', path: ['reasons'], message: 'reasons are for hard-to-fill posts only' });
});

export const DemandSurveyBody = z.strictObject({
  /** Needed when not signed in; a signed-in employer's account name is used instead. */
  employerName: z.string().trim().min(2).max(60).regex(/^[^\u0000-\u001f\u007f]*$/, 'control characters are not allowed').optional(),
  /** Where the employer is; a signed-in employer's account district is the default. */
  district: DistrictCode.optional(),
  size: EmployerSize.optional(),
  demand: z.array(DemandLine).min(1).max(10),
  trainingNeeds: z.array(TrainingNeed).max(7).default([]),
});
export type DemandSurveyBody = z.infer<typeof DemandSurveyBody>;

export const DemandSurveyReceived = z.strictObject({
  id: Uuid,
  quarter: Quarter,
  /** A signed-in employer answering again in the same quarter replaces its earlier answers. */
  replaced: z.boolean(),
  message: z.strictObject({ zh: z.string(), en: z.string() }),
});

export const DemandSurveyQuery = z.strictObject({ quarter: Quarter.optional() });

const PayRange = { payMin: z.number().int(), payMax: z.number().int(), payMidAvg: z.number().int() };

/** The quarter's answers added up for staff. */
export const DemandSurveyReport = z.strictObject({
  quarter: Quarter,
  /** Quarters that have answers, newest first. */
  quarters: z.array(Quarter),
  responses: z.number().int(),
  headcount: z.number().int(),
  byOccupation: z.array(z.strictObject({
    occupationCode: OccupationCode, occupationName: z.string(), headcount: z.number().int(), employers: z.number().int(),
    /** Employers who called it hard to fill. */
    hardToFill: z.number().int(), ...PayRange,
    reasons: z.array(z.strictObject({ reason: HardToFillReason, count: z.number().int() })),
  })),
  byDistrict: z.array(z.strictObject({ district: DistrictCode, districtName: z.string(), headcount: z.number().int(), employers: z.number().int() })),
  reasons: z.array(z.strictObject({ reason: HardToFillReason, count: z.number().int() })),
  training: z.array(z.strictObject({ need: TrainingNeed, count: z.number().int() })),
  /** Occupation × district, the rows of the CSV. */
  cells: z.array(z.strictObject({
    occupationCode: OccupationCode, district: DistrictCode, headcount: z.number().int(), employers: z.number().int(), hardToFill: z.number().int(), ...PayRange,
  })),
  generatedAt: IsoTime,
});
export type DemandSurveyReport = z.infer<typeof DemandSurveyReport>;
