import { z } from 'zod';
import { IsoTime, ServiceDay, Uuid } from './common.ts';
import { ContactPhone, JobSummary, VacancyStatus } from './jobs.ts';
import { DistrictCode } from './jobs-content.ts';
import { Referral } from './referrals.ts';

/** 统一社会信用代码 (GB 32100-2015): 18 characters; the checksum is verified by the hub. */
export const CreditCode = z.string().trim().toUpperCase().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '18 characters: digits and capitals except I, O, S, V, Z');

export const EmployerKind = z.enum(['company', 'dispatch', 'overseas', 'agency']);

export const CreateEmployerBody = z.strictObject({
  name: z.string().trim().min(2).max(60),
  creditCode: CreditCode,
  kind: EmployerKind.default('company'),
  /** 劳务派遣经营许可证 / 对外劳务合作经营资格 / 人力资源服务许可证 number: required for dispatch, overseas and agency. */
  licenceNo: z.string().trim().min(4).max(40).optional(),
  licenceExpires: ServiceDay.optional(),
  /** Pledged to the re-employment assistance alliance (再就业援助联盟). */
  alliance: z.boolean().default(false),
  district: DistrictCode.optional(),
  address: z.string().trim().min(2).max(100).optional(),
  contactName: z.string().trim().min(1).max(20).optional(),
  contactPhone: ContactPhone.optional(),
});

export const LicenceStatus = z.enum(['valid', 'expired', 'none']);

export const Employer = z.strictObject({
  id: Uuid,
  name: z.string(),
  creditCode: z.string(),
  kind: EmployerKind,
  licence: z.strictObject({ number: z.string().nullable(), expires: ServiceDay.nullable(), status: LicenceStatus }),
  alliance: z.boolean(),
  district: DistrictCode.nullable(),
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  createdAt: IsoTime,
});
export type Employer = z.infer<typeof Employer>;

/** The sign-in code is shown this once; the hub keeps only its hash. */
export const EmployerCreated = z.strictObject({ employer: Employer, signInCode: z.string() });
export const EmployerSignInBody = z.strictObject({ creditCode: CreditCode, code: z.string().regex(/^\d{8}$/, '8 digits') });
/** A new sign-in code, shown once (POST /api/employers/:id/sign-in-code). */
export const EmployerSignInCode = z.strictObject({ signInCode: z.string() });

export const EmployerSession = z.strictObject({ employer: Employer, token: z.string(), expiresAt: IsoTime });
export const EmployerParams = z.strictObject({ id: Uuid });

/** What an employer sees after signing in at the kiosk: its vacancies, referrals and fair bookings. */
export const EmployerDashboard = z.strictObject({
  employer: Employer,
  vacancies: z.array(JobSummary.extend({ status: VacancyStatus, findings: z.number().int() })),
  referrals: z.array(Referral),
  /** Open referrals with no news for a week: record what happened. */
  remindersDue: z.number().int(),
  bookings: z.array(z.strictObject({ bookingId: Uuid, fairId: Uuid, fairTitle: z.string(), day: ServiceDay, boothNo: z.number().int() })),
});

/** content/jobs/agencies.json: the demo hall's licensed agencies, made employer accounts on first start. */
export const AgencySeedFile = z.strictObject({ note: z.string(), agencies: z.array(CreateEmployerBody).min(1) });

/** Licensed dispatch and overseas-employment agencies (3.3.1, 3.3.2) with their licence status. */
export const AgencyQuery = z.strictObject({ kind: z.enum(['dispatch', 'overseas', 'agency']) });
