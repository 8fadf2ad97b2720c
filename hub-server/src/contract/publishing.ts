import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, Slug, Uuid } from './common.ts';
import { Fair } from './fairs.ts';
import { JobSummary } from './jobs.ts';
import { DistrictCode, OccupationCode } from './jobs-content.ts';

/**
 * Publishing channels (module 2): what leaves the hall — phone pages, feeds, posters, the 12333 hotline text,
 * press releases, the read API for street and community offices. Nothing personal is ever in them: a vacancy
 * goes out without its contact person or phone (applicants come through the hall's referral), a notice
 * without the staff member who published it.
 */

/** A policy in the hall's policy library (content/policies.json), in plain words. */
export const PolicyEntry = z.strictObject({
  id: Slug,
  title: LocalizedText,
  /** One sentence a person with little schooling understands. */
  summary: LocalizedText,
  /** Whom it helps: a person (a job seeker, a worker, a founder) or an employer. */
  audience: z.enum(['person', 'employer']).default('person'),
  whoQualifies: z.array(LocalizedText).min(1),
  whatYouGet: LocalizedText,
  howToApply: z.array(LocalizedText).min(1),
  /** The hall's window that handles it. */
  where: LocalizedText,
  /** Legal or policy basis, by name. */
  basis: z.array(z.string().min(1)).default([]),
  /** The handbook functions it belongs to (e.g. 1.1.1 policy consultation, 5.1.7 subsidies). */
  services: z.array(z.string().regex(/^[1-7]\.[1-9]\.[1-9][0-9]?$/)).default([]),
  /** First day it applies; a policy whose `until` has passed is not published. */
  from: ServiceDay,
  until: ServiceDay.nullable().default(null),
});
export type PolicyEntry = z.infer<typeof PolicyEntry>;

export const PoliciesFile = z.strictObject({ note: z.string(), policies: z.array(PolicyEntry).min(1) });

/** A subsidised training course (content/courses.json). */
export const CourseEntry = z.strictObject({
  id: Slug,
  title: LocalizedText,
  provider: z.string().min(1),
  /** Skills training with a certificate, start-up training, or orientation for newcomers (引导性培训, 5.2.3). */
  kind: z.enum(['skills', 'startup', 'orientation']).default('skills'),
  /** The occupation it trains for, so an occupation profile and a job alert can point at it. */
  occupationCode: OccupationCode.nullable(),
  district: DistrictCode,
  venue: LocalizedText,
  /** e.g. "每月第一个周一开班" / "Starts on the first Monday of each month". */
  schedule: LocalizedText,
  days: z.number().int().min(1).max(365),
  /** The fee before any subsidy, yuan; 0 = free. */
  feeYuan: z.number().int().min(0),
  subsidy: LocalizedText,
  /** The certificate it leads to, by name. */
  certificate: z.string().nullable(),
  /** The training provider's enrolment office line (an office number, never a person's mobile). */
  officePhone: z.string().regex(/^[0-9-]{5,20}$/),
});
export type CourseEntry = z.infer<typeof CourseEntry>;

export const CoursesFile = z.strictObject({ note: z.string(), courses: z.array(CourseEntry).min(1) });

/** content/publishing.json: who answers the press and the public about what is published. */
export const PublishingFile = z.strictObject({
  /** The centre's press office: a department and its office line, never a named person. */
  pressOffice: z.strictObject({ name: LocalizedText, phone: z.string().regex(/^[0-9-]{5,20}$/), email: z.email() }),
  /** The hall's enquiry line printed on posters and read on the hotline. */
  enquiryPhone: z.string().regex(/^[0-9-]{5,20}$/),
  /** Where the press release says it comes from (the dateline city). */
  city: LocalizedText,
});
export type PublishingFile = z.infer<typeof PublishingFile>;

/** A notice as it goes out of the hall: who published it stays inside. */
export const PublicNotice = z.strictObject({
  id: Uuid,
  title: LocalizedText,
  body: LocalizedText,
  publishedAt: IsoTime,
  url: z.string(),
});
export type PublicNotice = z.infer<typeof PublicNotice>;

/** A vacancy as feeds and offices get it: the summary (no contact person, no phone) and its public page. */
export const PublicVacancy = JobSummary.extend({ url: z.string() });
export type PublicVacancy = z.infer<typeof PublicVacancy>;

export const PublicFair = Fair.extend({ url: z.string() });
export type PublicFair = z.infer<typeof PublicFair>;

/** One thing the hall publishes: every public page, feed, poster and export, listed in one place. */
export const PublicOutput = z.strictObject({
  /** Path on the hub, e.g. /feeds/jobs.rss or /posters/notices/<id>. */
  path: z.string().startsWith('/'),
  channel: z.enum(['phone-page', 'feed', 'poster', 'hotline', 'press', 'bulletin', 'office-api', 'showcase']),
  /** Who can fetch it: anyone, staff with publishing.manage, or an office with a key. */
  audience: z.enum(['public', 'staff', 'office']),
  contentType: z.string(),
});
export type PublicOutput = z.infer<typeof PublicOutput>;

/** A field a form left empty is a filter not given. */
const unlessEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Query of the job-list poster and the phone's vacancy list: district and occupation, either may be left empty. */
export const JobListFilter = z.strictObject({
  district: unlessEmpty(DistrictCode),
  /** An occupation code or group prefix, e.g. 4-07 or 4-07-05-01. */
  occupation: unlessEmpty(z.string().regex(/^\d(-\d{2}){0,3}$/)),
  lang: z.enum(['zh', 'en']).default('zh'),
});
export type JobListFilter = z.infer<typeof JobListFilter>;

export const PressExportQuery = z.strictObject({
  /** Notices published and fairs held from this day on (the hall's days). */
  from: ServiceDay,
  to: ServiceDay,
}).refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' });

/** An office allowed to read the hall's data (2.1.4): the key itself is shown once and stored hashed. */
export const OfficeKey = z.strictObject({
  id: Uuid,
  office: z.string(),
  /** The first characters of the key, to tell keys apart in lists and logs. */
  prefix: z.string(),
  createdAt: IsoTime,
  createdBy: z.string(),
  revokedAt: IsoTime.nullable(),
  lastUsedAt: IsoTime.nullable(),
  /** Requests in the last minute, against the per-key limit. */
  perMinute: z.number().int().positive(),
});
export type OfficeKey = z.infer<typeof OfficeKey>;

export const CreateOfficeKeyBody = z.strictObject({
  office: z.string().trim().min(2, 'at least 2 characters').max(60),
  perMinute: z.number().int().min(1).max(600).default(60),
});
export const CreatedOfficeKey = z.strictObject({ key: z.string(), office: OfficeKey });
export const OfficeKeyParams = z.strictObject({ id: Uuid });

export const OfficeVacancyQuery = z.strictObject({
  district: DistrictCode.optional(),
  occupation: z.string().regex(/^\d(-\d{2}){0,3}$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const OfficeVacancies = z.strictObject({ generatedAt: IsoTime, total: z.number().int(), items: z.array(PublicVacancy) });
export const OfficeNotices = z.strictObject({ generatedAt: IsoTime, items: z.array(PublicNotice) });
export const OfficeFairs = z.strictObject({ generatedAt: IsoTime, items: z.array(PublicFair) });
