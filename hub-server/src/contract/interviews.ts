import { z } from 'zod';
import { IsoTime, LocalizedText, ServiceDay, Slug, Uuid } from './common.ts';
import { JobSummary } from './jobs.ts';
import { PrintStatus } from './print.ts';
import { SeekerRef } from './seekers.ts';

const Clock = /^([01]\d|2[0-3]):[0-5]\d$/;
/** "09:00-11:30": a block of the day when the booths take interviews. */
const Session = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM-HH:MM').refine((s) => {
  const [from, to] = s.split('-') as [string, string];
  return Clock.test(from) && Clock.test(to) && to > from;
}, 'must end after it starts');

/** content/jobs/interview-booths.json: the hall's video-interview rooms and when they can be booked. */
export const InterviewBoothsFile = z.strictObject({
  note: z.string(),
  /** One interview per booth per slot. 30 minutes: a first-round video interview with time to set up. */
  slotMinutes: z.number().int().min(10).max(120),
  sessions: z.array(Session).min(1).max(6),
  /** ISO weekdays the booths are staffed, 1 = Monday. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  /** How far ahead a slot can be booked, in days. */
  daysAhead: z.number().int().min(1).max(60),
  /** The latest a slot can be booked before it starts, so the employer can be told. */
  minNoticeMinutes: z.number().int().min(0).max(24 * 60),
  /** A seeker's booked, not yet held interviews at most: booths are shared. */
  maxOpenPerSeeker: z.number().int().min(1).max(10),
  booths: z.array(z.strictObject({ id: Slug, name: LocalizedText, location: LocalizedText })).min(1).max(50),
});
export type InterviewBoothsFile = z.infer<typeof InterviewBoothsFile>;

/** booked → done (held), no-show, or cancelled (by the seeker, the employer or staff before it starts). */
export const InterviewStatus = z.enum(['booked', 'done', 'no-show', 'cancelled']);
export type InterviewStatus = z.infer<typeof InterviewStatus>;

export const InterviewSlotsQuery = z.strictObject({
  vacancyId: z.coerce.number().int().positive().max(2 ** 31 - 1),
  /** A day in the hall's calendar; the first bookable day without it. */
  day: ServiceDay.optional(),
});

export const InterviewSlot = z.strictObject({
  start: IsoTime,
  end: IsoTime,
  /** Booths still free at that time. */
  boothsFree: z.number().int(),
  /** The employer already has an interview then (one video line per employer). */
  employerBusy: z.boolean(),
  available: z.boolean(),
});
export type InterviewSlot = z.infer<typeof InterviewSlot>;

export const InterviewSlots = z.strictObject({
  /** Bookable days, the first `daysAhead` staffed days. */
  days: z.array(ServiceDay),
  day: ServiceDay,
  slotMinutes: z.number().int(),
  slots: z.array(InterviewSlot),
});

export const BookInterviewBody = z.strictObject({
  vacancyId: z.number().int().positive().max(2 ** 31 - 1),
  slotStart: IsoTime,
  /** The kiosk whose printer prints the slip; none prints nothing. */
  kioskId: Slug.optional(),
});

export const InterviewStatusBody = z.strictObject({
  status: InterviewStatus.exclude(['booked']),
  note: z.string().trim().min(1).max(200).regex(/^[^\u0000-\u001f\u007f]*$/, 'control characters are not allowed').optional(),
});

export const Interview = z.strictObject({
  id: Uuid,
  /** Printed on the slip and read out at the front desk: MS20261126-0002. */
  refNo: z.string(),
  status: InterviewStatus,
  seeker: SeekerRef,
  vacancy: JobSummary,
  employerId: Uuid.nullable(),
  day: ServiceDay,
  start: IsoTime,
  end: IsoTime,
  booth: z.strictObject({ id: Slug, name: LocalizedText, location: LocalizedText }),
  note: z.string().nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  print: PrintStatus.nullable(),
});
export type Interview = z.infer<typeof Interview>;

export const InterviewBooked = z.strictObject({ interview: Interview, message: LocalizedText });
export const InterviewList = z.strictObject({ items: z.array(Interview) });
export const InterviewDayQuery = z.strictObject({ day: ServiceDay.optional() });
export const InterviewDay = z.strictObject({
  day: ServiceDay,
  booths: z.array(z.strictObject({ id: Slug, name: LocalizedText, location: LocalizedText })),
  items: z.array(Interview),
});
export const InterviewParams = z.strictObject({ id: Uuid });
