import { z } from 'zod';
import { IsoTime, Slug, Uuid } from './common.ts';
import { PrintAccepted } from './services.ts';
import { ContactPhone, EmploymentType, Shift } from './jobs.ts';
import { CertificateCode, DistrictCode, EducationLevel, OccupationCode } from './jobs-content.ts';

/** Kiosk sign-ins (seekers, employers) carry their token in this header. Tokens expire after a short visit. */
export const VISITOR_TOKEN_HEADER = 'x-visitor-token';

/**
 * 居民身份证号码 (GB 11643-1999): 17 digits and a check character. The checksum is verified by the hub, and the
 * message never repeats the number.
 */
export const IdNumber = z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, 'an 18-character ID number (17 digits and a digit or X)');

const Skill = z.string().trim().min(1).max(20);

const SeekerProfileFields = {
  /** Where the seeker lives: distances to workplaces are measured from here. */
  district: DistrictCode,
  /** Where the seeker will work: only vacancies in these districts are recommended; empty means anywhere (不限). */
  workDistricts: z.array(DistrictCode).max(16).default([]),
  wantedOccupations: z.array(OccupationCode).min(1).max(5),
  skills: z.array(Skill).max(15).default([]),
  certificates: z.array(CertificateCode).max(10).default([]),
  /** 元/月 */
  payMin: z.number().int().min(0).max(200_000).default(0),
  shifts: z.array(Shift).max(6).default([]),
  /** Shifts the seeker will not work (e.g. night): a hard filter. */
  avoidShifts: z.array(Shift).max(6).default([]),
  employmentTypes: z.array(EmploymentType).max(5).default([]),
  education: EducationLevel.default('none'),
  experienceYears: z.number().int().min(0).max(50).default(0),
  /** A hard limit on commuting distance, km. */
  maxCommuteKm: z.number().int().min(1).max(100).optional(),
  /** 同意把我（隐去姓名和证件号）推荐给用人单位 */
  consentToRecommend: z.boolean(),
};

/** 求职登记. No field for gender, age, hukou, ethnicity, marital status or health. */
export const RegisterSeekerBody = z.strictObject({
  idNumber: IdNumber,
  name: z.string().trim().min(2).max(20).regex(/^[\p{Script=Han}·a-zA-Z ]+$/u, 'letters only'),
  phone: ContactPhone,
  ...SeekerProfileFields,
});
export type RegisterSeekerBody = z.infer<typeof RegisterSeekerBody>;

export const UpdateSeekerBody = z.strictObject(SeekerProfileFields).partial();
export type UpdateSeekerBody = z.infer<typeof UpdateSeekerBody>;

/** Staff-only fields: employment-assistance status and the counsellor who follows the seeker up. */
export const SeekerCaseBody = z.strictObject({
  assistance: z.boolean().optional(),
  counsellor: z.string().min(1).max(64).nullable().optional(),
});

/** Sign-in at the kiosk: the ID number and the last 4 digits of the phone given at registration. */
export const SeekerSignInBody = z.strictObject({ idNumber: IdNumber, phoneLast4: z.string().regex(/^\d{4}$/) });

/** A seeker as every response shows one: masked identity, the profile that matching reads. */
export const Seeker = z.strictObject({
  id: Uuid,
  /** The registration's printed reference (QZ20261126-0007), by which the window finds it; null before it had one. */
  refNo: z.string().nullable(),
  nameMasked: z.string(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  district: DistrictCode,
  workDistricts: z.array(DistrictCode),
  wantedOccupations: z.array(OccupationCode),
  skills: z.array(z.string()),
  certificates: z.array(CertificateCode),
  payMin: z.number().int(),
  shifts: z.array(Shift),
  avoidShifts: z.array(Shift),
  employmentTypes: z.array(EmploymentType),
  education: EducationLevel,
  experienceYears: z.number().int(),
  maxCommuteKm: z.number().int().nullable(),
  consentToRecommend: z.boolean(),
  assistance: z.boolean(),
  counsellor: z.string().nullable(),
  createdAt: IsoTime,
});
export type Seeker = z.infer<typeof Seeker>;

export const VisitorSignedIn = z.strictObject({
  /** Send it as x-visitor-token on the seeker's next requests; it expires after `expiresAt`. */
  token: z.string(),
  expiresAt: IsoTime,
});

export const SeekerSession = VisitorSignedIn.extend({ seeker: Seeker });

/** A registration: the session, and the pre-filled slip for the window when it was made at a kiosk with a printer. */
export const SeekerRegistered = SeekerSession.extend({ slip: PrintAccepted.nullable() });

/** Where a submission made at a kiosk prints its slip (POST /api/seekers?kioskId=, POST /api/vacancies?kioskId=). */
export const PrintAtQuery = z.strictObject({ kioskId: Slug.optional() });

/** A seeker named on a referral or an interview booking: who it is, masked. */
export const SeekerRef = Seeker.pick({ id: true, nameMasked: true, idMasked: true });
export type SeekerRef = z.infer<typeof SeekerRef>;

/** A page of seekers for staff (GET /api/seekers). */
export const SeekerList = z.strictObject({ items: z.array(Seeker), total: z.number().int() });

export const SeekerParams = z.strictObject({ id: Uuid });
export const SeekerListQuery = z.strictObject({
  counsellor: z.string().max(64).optional(),
  assistance: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
