import { z } from 'zod';
import { IsoTime, ServiceDay, Uuid } from './common.ts';
import { JobSummary } from './jobs.ts';

export const FairTheme = z.enum(['onsite', 'industry', 'graduates', 'migrant', 'disability', 'veterans', 'general']);
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/** 现场招聘 (an on-site recruitment day in the hall) or 专场招聘 (a themed fair). */
export const CreateFairBody = z.strictObject({
  title: z.string().trim().min(2).max(60),
  theme: FairTheme,
  day: ServiceDay,
  starts: Clock,
  ends: Clock,
  venue: z.string().trim().min(2).max(60),
  booths: z.number().int().min(1).max(500),
  description: z.string().trim().max(1000).default(''),
}).refine((f) => f.ends > f.starts, { path: ['ends'], message: 'must be after starts' });

export const Fair = z.strictObject({
  id: Uuid,
  title: z.string(),
  theme: FairTheme,
  day: ServiceDay,
  starts: z.string(),
  ends: z.string(),
  venue: z.string(),
  booths: z.number().int(),
  boothsTaken: z.number().int(),
  signups: z.number().int(),
  description: z.string(),
  status: z.enum(['scheduled', 'cancelled']),
});
export type Fair = z.infer<typeof Fair>;

/** A fair with its booth map (who is at which booth, with their vacancies) and its fair-only vacancies. */
export const FairDetail = z.strictObject({
  fair: Fair,
  booths: z.array(z.strictObject({ boothNo: z.number().int(), employerId: Uuid, employerName: z.string(), vacancies: z.array(JobSummary) })),
  vacancies: z.array(JobSummary),
});
export type FairDetail = z.infer<typeof FairDetail>;

export const FairQuery = z.strictObject({
  from: ServiceDay.optional(),
  to: ServiceDay.optional(),
  theme: FairTheme.optional(),
});
export const FairParams = z.strictObject({ id: Uuid });
export const BookBoothBody = z.strictObject({
  /** A particular booth; without it the first free one. */
  boothNo: z.number().int().min(1).max(500).optional(),
  /** Staff booking on an employer's behalf. */
  employerId: Uuid.optional(),
});
export const BoothBooking = z.strictObject({ bookingId: Uuid, fairId: Uuid, boothNo: z.number().int(), employerId: Uuid, employerName: z.string(), at: IsoTime });
export const BookingParams = z.strictObject({ id: Uuid, bookingId: Uuid });

/** Today's recruiters and booth map, for the lobby screens. */
export const TodaysFairs = z.strictObject({ day: ServiceDay, fairs: z.array(FairDetail) });

/** content/jobs/fairs.json: demo fairs, placed relative to the first start. */
export const FairsSeedFile = z.strictObject({
  note: z.string(),
  fairs: z.array(z.strictObject({ dayOffset: z.number().int().min(0).max(90), fair: z.strictObject({
    title: z.string(), theme: FairTheme, starts: Clock, ends: Clock, venue: z.string(), booths: z.number().int().min(1).max(500), description: z.string().default(''),
  }) })),
});
